package org.drs.restore;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.LocalAgent;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsSettings;
import org.drs.common.FaultPoints;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceExport;
import org.drs.device.DeviceRepository;
import org.drs.job.JobComponent;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.schedule.ScheduleExport;

/**
 * The steps of a restore job: staging each component through the Local Agent, then swapping them
 * all in at once. Like the backup steps it takes no container lock.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreSteps {

  private static final Logger TRACE = Logger.getLogger(RestoreSteps.class.getName());

  @Inject private JobProgress progress;
  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private PlatformSettingsRestore platformSettings;
  @Inject private MasterAgent masterAgent;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @EJB private AlarmService alarms;
  @EJB private RestoreEndings endings;

  /**
   * A stage step: the Local Agent reads the component from the device into staging, checking it. A
   * failure raises its alarm and ends the job before anything is swapped.
   */
  public boolean stageComponent(long jobId, int position) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    JobComponent component = job.getComponents().get(position);
    Path log = Path.of(job.getLogFile());
    String label = component.getFeature() + "/" + component.getComponent();
    jobs.componentRunning(component.getId());
    JobLog.append(log, label + " staging from " + component.getFileName());
    RestoreOutcome outcome =
        masterAgent
            .localAgent(job.getServer())
            .stage(
                request(job, component),
                report -> progress.copied(component.getId(), report.copiedBytes()));
    if (outcome.succeeded()) {
      JobLog.append(log, label + " staged: size and SHA-256 match the manifest");
      FaultPoints.reach(FaultPoints.COMPONENT_STAGED);
      if (outcome.message() != null) {
        jobs.componentNoted(component.getId(), outcome.message());
        JobLog.append(log, label + ": " + outcome.message());
      }
      return true;
    }
    jobs.componentFailed(component.getId(), outcome.message());
    JobLog.append(log, label + " FAILED: " + outcome.message());
    AlarmContext context = new AlarmContext(jobId, job.getServer(), label);
    switch (outcome.failure()) {
      case SECURITY_VIOLATION ->
          alarms.raise(AlarmName.CiscoDRFSecurityViolation, context, outcome.message());
      case DEVICE -> alarms.raise(AlarmName.CiscoDRFRestoreDeviceError, context, outcome.message());
      default -> alarms.raise(AlarmName.CiscoDRFRestoreFailure, context, outcome.message());
    }
    endings.failJob(
        job, "Nothing was changed: " + label + " could not be staged (" + outcome.message() + ")");
    return false;
  }

  /**
   * The last step: every component staged cleanly, so all of them are swapped in, or none. DRS's
   * own settings are the Master Agent's: it applies them first and puts them back if the Local
   * Agent's swap of the data fails.
   */
  public void swap(long jobId) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    Path log = Path.of(job.getLogFile());
    if (!jobs.beginSwap(jobId)) {
      JobLog.append(log, "Asked to end before the swap: nothing is replaced");
      return;
    }
    List<ComponentRestoreRequest> data = new ArrayList<>();
    ComponentRestoreRequest platform = null;
    for (JobComponent component : job.getComponents()) {
      ComponentRestoreRequest request = request(job, component);
      if (RegistrationCatalog.DRS_FEATURE.equals(request.feature())) {
        platform = request;
      } else {
        data.add(request);
      }
    }
    LocalAgent agent = masterAgent.localAgent(job.getServer());
    JobLog.append(log, "Every component staged; replacing the live data");
    PlatformSettingsRestore.Applied applied = null;
    if (platform != null) {
      try {
        applied =
            platformSettings.apply(
                jobId,
                agent
                    .stagedText(
                        jobId,
                        platform.feature(),
                        platform.component().name(),
                        DeviceExport.FILE_NAME)
                    .text(),
                agent
                    .stagedText(
                        jobId,
                        platform.feature(),
                        platform.component().name(),
                        ScheduleExport.FILE_NAME)
                    .text(),
                platform.device().name());
      } catch (IOException | UncheckedIOException e) {
        putBackSettings(jobId, null);
        failSwap(
            job,
            platform.label(),
            "restoring " + platform.label() + " failed (" + e.getMessage() + ")");
        return;
      }
    }
    RestoreOutcome outcome = agent.swap(jobId, data);
    if (!outcome.succeeded()) {
      putBackSettings(jobId, applied);
      failSwap(job, outcome.component(), outcome.message());
      return;
    }
    if (applied != null) {
      try {
        platformSettings.finish(jobId);
      } catch (IOException e) {
        JobLog.append(
            log, "The copies of the earlier DRS settings could not be removed: " + e.getMessage());
      }
    }
    StringBuilder notes = new StringBuilder();
    for (JobComponent component : job.getComponents()) {
      if (component.getMessage() != null) {
        notes.append(' ').append(component.getFeature()).append('/');
        notes.append(component.getComponent()).append(": ").append(component.getMessage());
        notes.append('.');
      }
      jobs.componentSucceeded(component.getId(), component.recorded());
    }
    String message =
        "Restored. Restart the applications of "
            + job.getFeatures()
            + " (or the server) so that they read the restored data."
            + (outcome.message() == null ? "" : " " + outcome.message())
            + (applied == null || applied.notice().isEmpty() ? "" : " " + applied.notice())
            + notes;
    jobs.end(jobId, JobResult.SUCCESS, message);
    JobLog.append(log, "SUCCESS: " + message);
  }

  /** Puts DRS's settings back as they were; from the kept copies when not applied in this call. */
  private void putBackSettings(long jobId, PlatformSettingsRestore.Applied applied) {
    try {
      if (applied != null) {
        platformSettings.putBack(jobId, applied);
      } else {
        platformSettings.recover(jobId, false);
      }
    } catch (IOException e) {
      TRACE.severe("DRS settings of restore job " + jobId + " could not be put back: " + e);
    }
  }

  private void failSwap(JobRecord job, String component, String message) {
    alarms.raise(
        AlarmName.CiscoDRFMARestoreComponentFailure,
        new AlarmContext(job.getId(), job.getServer(), component),
        message);
    endings.failJob(job, message);
  }

  private ComponentRestoreRequest request(JobRecord job, JobComponent component) {
    ComponentRegistration registration =
        registrations.component(component.getFeature(), component.getComponent()).orElseThrow();
    return new ComponentRestoreRequest(
        job.getId(),
        deviceRepository
            .find(job.getDeviceId())
            .map(BackupDevice::access)
            .orElseThrow(
                () -> new IllegalStateException("the backup device was deleted while the job ran")),
        job.getSetName(),
        job.getSetServer(),
        component.getFeature(),
        registration,
        component.getFileName(),
        component.recorded(),
        job.getStartedAt().plus(settings.restoreTimeout()));
  }
}
