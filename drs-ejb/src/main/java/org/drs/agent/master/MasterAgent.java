package org.drs.agent.master;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.drs.agent.BackupProgress;
import org.drs.agent.ComponentBackupRequest;
import org.drs.agent.ComponentBackupResult;
import org.drs.agent.LocalAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.backup.BackupPlan;
import org.drs.backup.BackupProgressRegistry;
import org.drs.backup.BackupRefusedException;
import org.drs.backup.JobLog;
import org.drs.backup.ManifestXml;
import org.drs.backup.SetNames;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceStorage;
import org.drs.job.ComponentStatus;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobSteps;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/**
 * The Master Agent: accepts backup requests from every entry point, allows one job at a time (the
 * platform lock), starts the Jakarta Batch job and carries out its steps — each component by the
 * Local Agent, then the commit of the set — and cleans up however the job ends. Steps run for
 * hours, so the bean takes no container lock: the platform lock in the database is what lets only
 * one job run, and each call works on its own job's records.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MasterAgent {

  public static final String BACKUP_JOB = "drs-backup";
  public static final String JOB_ID_PARAMETER = "drsJobId";

  private static final Logger TRACE = Logger.getLogger(MasterAgent.class.getName());

  @PersistenceContext private EntityManager entityManager;
  @Inject private DrsSettings settings;
  @Inject private JobSteps steps;
  @Inject private BackupProgressRegistry progress;
  @Inject private LocalAgent localAgent;
  @Inject private DeviceStorage deviceStorage;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private BackupWatchdog watchdog;
  @EJB private BackupEndings endings;

  /**
   * Starts a backup of the DRS platform settings and the chosen features to a device.
   *
   * @return the DRS job id
   * @throws BackupRefusedException naming what is missing or the job that runs already
   */
  public long startBackup(long deviceId, List<String> features, String startedBy) {
    return startBackup(deviceId, features, startedBy, null);
  }

  /**
   * The same, for a schedule, whose history rows then name it.
   *
   * @param scheduleId the schedule this backup runs for, or null for one started by hand
   */
  public long startBackup(long deviceId, List<String> features, String startedBy, Long scheduleId) {
    BackupDevice device = entityManager.find(BackupDevice.class, deviceId);
    if (device == null) {
      throw new BackupRefusedException("Choose a backup device: the chosen one does not exist.");
    }
    BackupPlan plan = BackupPlan.of(registrations, features, this::refuse);
    Instant start = uniqueSetTime();
    Path log = settings.jobLogDirectory().resolve("backup-" + plan.setName(start) + ".log");
    JobRecord planned =
        plan.toJob(start, settings.serverName(), device, startedBy, log, device.getCompression());
    if (scheduleId != null) {
      planned.runsFor(scheduleId);
    }
    JobRecord job = jobs.create(planned);
    String description = "backup " + job.getSetName() + " started by " + startedBy;
    if (!platformLock.acquire(job.getId(), description)) {
      jobs.delete(job.getId());
      String message =
          "A new backup cannot start while another backup or restore runs: wait for it to end"
              + " (Backup > Current Status)";
      alarms.raise(AlarmName.CiscoDRFBackupInProgress, AlarmContext.none(), message);
      throw new BackupRefusedException(message);
    }
    try {
      steps.offer(BackupPlan.steps(job));
      Properties parameters = new Properties();
      parameters.setProperty(JOB_ID_PARAMETER, job.getId().toString());
      long execution = BatchRuntime.getJobOperator().start(BACKUP_JOB, parameters);
      jobs.started(job.getId(), execution);
      watchdog.arm(job.getId(), settings.backupTimeout());
    } catch (RuntimeException e) {
      platformLock.release(job.getId());
      jobs.end(job.getId(), JobResult.FAILED, "The batch job could not start: " + e.getMessage());
      throw new BackupRefusedException("The backup job could not start: " + e.getMessage());
    } finally {
      steps.clear();
    }
    JobLog.append(
        log,
        "Backup "
            + job.getSetName()
            + " of "
            + job.getFeatures()
            + " to device "
            + device.getName()
            + " ("
            + device.getLocation()
            + ") started by "
            + startedBy);
    TRACE.info(
        "AUDIT backup "
            + job.getSetName()
            + " started by "
            + startedBy
            + " to device "
            + device.getName()
            + " for features "
            + job.getFeatures());
    return job.getId();
  }

  /**
   * Sets are named after their start second, so a backup that follows another within the same
   * second starts a second later rather than writing over its files.
   */
  private Instant uniqueSetTime() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return jobs.newestRun(JobKind.BACKUP).stream()
        .map(last -> last.getStartedAt().truncatedTo(ChronoUnit.SECONDS))
        .filter(last -> !last.isBefore(now))
        .map(last -> last.plusSeconds(1))
        .findFirst()
        .orElse(now);
  }

  /** The step of one component: the Local Agent backs it up; a failure fails only this one. */
  public boolean backUpComponent(long jobId, int position) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    JobComponent component = job.getComponents().get(position);
    Path log = Path.of(job.getLogFile());
    jobs.componentRunning(component.getId());
    JobLog.append(log, component.getFeature() + "/" + component.getComponent() + " started");
    ComponentRegistration registration =
        registrations.feature(component.getFeature()).orElseThrow().components().stream()
            .filter(c -> c.name().equals(component.getComponent()))
            .findFirst()
            .orElseThrow();
    BackupDevice device = entityManager.find(BackupDevice.class, job.getDeviceId());
    ComponentBackupResult result =
        localAgent.backUp(
            new ComponentBackupRequest(
                jobId,
                job.getSetName(),
                job.getDeviceId(),
                component.getFeature(),
                registration,
                component.getFileName(),
                device.getCompression()),
            new BackupProgress() {
              @Override
              public void copied(long bytes) {
                progress.copied(component.getId(), bytes);
              }

              @Override
              public void noted(String notice) {
                JobLog.append(
                    log, component.getFeature() + "/" + component.getComponent() + ": " + notice);
              }
            });
    if (result.succeeded()) {
      jobs.componentSucceeded(component.getId(), result.archive());
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
      endings.failJob(job, "No component could be backed up: see the component errors in this log");
      return;
    }
    BackupDevice device = entityManager.find(BackupDevice.class, job.getDeviceId());
    boolean complete = files.size() == job.getComponents().size();
    try (Storage storage = deviceStorage.open(device)) {
      storage.commitSet(
          files,
          SetNames.manifest(job.getSetName(), job.getServer()),
          ManifestXml.write(job, Instant.now()));
      if (complete) {
        applyRetention(storage, device, job);
      }
    } catch (StorageException e) {
      raiseDeviceAlarm(device, job, e);
      endings.failJob(job, "The set could not be committed: " + e.getMessage());
      return;
    }
    JobResult result = complete ? JobResult.SUCCESS : JobResult.PARTIAL;
    jobs.end(jobId, result, complete ? null : "Some components failed; the others can be restored");
    JobLog.append(log, "Set " + job.getSetName() + " committed: " + result);
  }

  /**
   * Keeps the device's "number of backups to store": after a fully successful backup only, and with
   * the new set already committed, removes this server's oldest sets beyond that number. Other
   * servers' sets in the same directory are never touched. It never throws: the new set is complete
   * and stays, and a set retention could not remove is only kept longer.
   */
  private void applyRetention(Storage storage, BackupDevice device, JobRecord job) {
    Integer keep = device.getBackupsToStore();
    if (keep == null) {
      return;
    }
    Path log = Path.of(job.getLogFile());
    try {
      List<StoredSet> own =
          storage.listSets().stream()
              .filter(set -> set.server().equals(job.getServer()))
              .sorted(Comparator.comparing(StoredSet::name))
              .toList();
      for (StoredSet old : own.subList(0, Math.max(0, own.size() - keep))) {
        try {
          storage.deleteSet(old);
          JobLog.append(
              log, "Retention: removed set " + old.name() + " (the device keeps " + keep + ")");
        } catch (StorageException e) {
          JobLog.append(log, "Retention could not remove " + old.name() + ": " + e.getMessage());
          raiseDeviceAlarm(device, job, e);
        }
      }
    } catch (StorageException e) {
      JobLog.append(log, "Retention could not list the device's sets: " + e.getMessage());
      raiseDeviceAlarm(device, job, e);
    }
  }

  private void raiseDeviceAlarm(BackupDevice device, JobRecord job, StorageException e) {
    alarms.raise(
        device.failureAlarm(e.reason()),
        new AlarmContext(job.getId(), job.getServer(), null),
        e.getMessage());
  }

  private RuntimeException refuse(AlarmName alarm, String message) {
    alarms.raise(alarm, AlarmContext.none(), message);
    return new BackupRefusedException(message);
  }
}
