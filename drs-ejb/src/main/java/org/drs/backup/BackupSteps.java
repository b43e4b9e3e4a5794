package org.drs.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drs.agent.ComponentBackupRequest;
import org.drs.agent.ComponentBackupResult;
import org.drs.agent.ProgressReport;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsSettings;
import org.drs.common.FaultPoints;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.device.DeviceStorage;
import org.drs.job.ComponentStatus;
import org.drs.job.JobComponent;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;

/**
 * The steps of a backup job: each component backed up by the Local Agent, then the commit of the
 * set and the device's retention. Steps run for hours, so the bean takes no container lock: the
 * platform lock in the database is what lets only one job run, and each call works on its own job's
 * records.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupSteps {

  static final String PARTIAL_MESSAGE = "Some components failed; the others can be restored";

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private JobProgress progress;
  @Inject private MasterAgent masterAgent;
  @Inject private DeviceStorage deviceStorage;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @EJB private AlarmService alarms;
  @EJB private BackupEndings endings;
  @Inject private Retention retention;

  /** The step of one component: the Local Agent backs it up; a failure fails only this one. */
  public boolean backUpComponent(long jobId, int position) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    JobComponent component = job.getComponents().get(position);
    Path log = Path.of(job.getLogFile());
    jobs.componentRunning(component.getId());
    JobLog.append(log, component.getFeature() + "/" + component.getComponent() + " started");
    ComponentRegistration registration =
        registrations.component(component.getFeature(), component.getComponent()).orElseThrow();
    BackupDevice device = deviceRepository.find(job.getDeviceId()).orElse(null);
    ComponentBackupResult result =
        device == null
            ? ComponentBackupResult.failure("the backup device was deleted while the job ran")
            : masterAgent
                .localAgent(job.getServer())
                .backUp(
                    new ComponentBackupRequest(
                        jobId,
                        job.getSetName(),
                        device.access(),
                        component.getFeature(),
                        registration,
                        component.getFileName(),
                        device.getCompression(),
                        job.getStartedAt().plus(settings.backupTimeout())),
                    report -> record(report, component, log));
    if (result.succeeded()) {
      jobs.componentSucceeded(component.getId(), result.archive());
      FaultPoints.reach(FaultPoints.COMPONENT_FILE);
      JobLog.append(
          log,
          component.getFeature()
              + "/"
              + component.getComponent()
              + " done: "
              + result.archive().bytes()
              + " bytes, SHA-256 "
              + result.archive().sha256());
      return true;
    }
    jobs.componentFailed(component.getId(), result.message());
    if (result.deviceFailure() != null) {
      raiseDeviceAlarm(device, job, new StorageException(result.deviceFailure(), result.message()));
    }
    JobLog.append(
        log,
        component.getFeature() + "/" + component.getComponent() + " FAILED: " + result.message());
    alarms.raise(
        AlarmName.CiscoDRFMABackupComponentFailure,
        new AlarmContext(
            jobId, job.getServer(), component.getFeature() + "/" + component.getComponent()),
        result.message());
    return false;
  }

  /** A Local Agent's progress: bytes for the status page, notices into the job log. */
  private void record(ProgressReport report, JobComponent component, Path log) {
    if (report.copiedBytes() > 0) {
      progress.copied(component.getId(), report.copiedBytes());
    }
    if (report.notice() != null) {
      JobLog.append(
          log, component.getFeature() + "/" + component.getComponent() + ": " + report.notice());
    }
  }

  /**
   * The last step: writes the manifest, committing the set, when at least one component succeeded;
   * otherwise the set is removed and the backup fails.
   */
  public void commitSet(long jobId) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    Path log = Path.of(job.getLogFile());
    List<String> files = new ArrayList<>();
    for (JobComponent component : job.getComponents()) {
      if (component.getStatus() == ComponentStatus.SUCCESS) {
        files.add(component.getFileName());
      }
    }
    if (files.isEmpty()) {
      // The first error is often the device's (a tape write-protected, a directory gone), which
      // every component then met: the history says it rather than only point at the log.
      String first =
          job.getComponents().stream()
              .map(JobComponent::getMessage)
              .filter(message -> message != null && !message.isBlank())
              .findFirst()
              .map(message -> " (the first: " + message + ")")
              .orElse("");
      endings.failJob(
          job,
          "No component could be backed up" + first + ": see the component errors in this log");
      return;
    }
    BackupDevice device = deviceRepository.find(job.getDeviceId()).orElse(null);
    boolean complete = files.size() == job.getComponents().size();
    Optional<String> replaced = Optional.empty();
    try (Storage storage = deviceStorage.open(device)) {
      replaced = storage.replacedSet(job.getSetName());
      storage.commitSet(
          files,
          SetNames.manifest(job.getSetName(), job.getServer()),
          ManifestXml.write(job, Instant.now()));
      FaultPoints.reach(FaultPoints.MANIFEST_RENAMED);
      if (complete) {
        retention.apply(storage, device, job);
      }
    } catch (StorageException e) {
      recordReplaced(jobId, log, replaced);
      raiseDeviceAlarm(device, job, e);
      endings.failJob(job, "The set could not be committed: " + e.getMessage());
      return;
    }
    recordReplaced(jobId, log, replaced);
    JobResult result = complete ? JobResult.SUCCESS : JobResult.PARTIAL;
    FaultPoints.reach(FaultPoints.BEFORE_END_RECORD);
    jobs.end(jobId, result, complete ? null : PARTIAL_MESSAGE);
    FaultPoints.reach(FaultPoints.AFTER_END_RECORD);
    JobLog.append(log, "Set " + job.getSetName() + " committed: " + result);
  }

  /** A tape holds one set: the one it held is gone, whether or not the new one was committed. */
  private void recordReplaced(long jobId, Path log, Optional<String> replaced) {
    replaced.ifPresent(
        set -> {
          jobs.replacedSet(jobId, set);
          JobLog.append(log, "The tape's set " + set + " was replaced by this one");
        });
  }

  private void raiseDeviceAlarm(BackupDevice device, JobRecord job, StorageException e) {
    alarms.raise(
        device.failureAlarm(e.reason()),
        new AlarmContext(job.getId(), job.getServer(), null),
        e.getMessage());
  }
}
