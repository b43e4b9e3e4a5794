package org.drs.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsRoles;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.job.ComponentStatus;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobLauncher;
import org.drs.job.JobLog;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobWatchdog;
import org.drs.job.Origin;
import org.drs.job.PlatformLockedException;
import org.drs.registration.RegistrationCatalog;

/**
 * Backups, the one way in for every entry point — the pages, schedules, JMX: start one, cancel the
 * running one, and the jobs for Current Status and History. Starting checks the request, plans one
 * step per component and launches the batch job under the platform lock.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

  /** The job XML of every backup. */
  public static final String BACKUP_JOB = "drs-backup";

  /** The guide's History pages show the last 20 jobs. */
  public static final int HISTORY_SIZE = 20;

  public static final int CHART_SIZE = 200;

  private static final Logger TRACE = Logger.getLogger(BackupService.class.getName());

  @Resource private SessionContext session;
  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private MasterAgent masterAgent;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @EJB private JobLauncher launcher;
  @EJB private AlarmService alarms;
  @EJB private JobWatchdog watchdog;
  @EJB private BackupEndings endings;

  /**
   * Starts a backup of the DRS platform settings and the requested features.
   *
   * @return the DRS job id
   * @throws BackupRefusedException naming what is missing or the job that runs already
   */
  public long start(BackupRequest request) {
    BackupDevice device = deviceRepository.find(request.deviceId()).orElse(null);
    if (device == null) {
      throw new BackupRefusedException("Choose a backup device: the chosen one does not exist.");
    }
    String startedBy = startedBy(request);
    BackupPlan plan;
    try {
      plan = BackupPlan.of(registrations, request.features());
    } catch (BackupRefusedException e) {
      throw refuse(e.alarm(), e.getMessage());
    }
    Instant start = uniqueSetTime();
    Path log = settings.jobLogDirectory().resolve("backup-" + plan.setName(start) + ".log");
    JobRecord planned =
        plan.toJob(
            start,
            settings.serverName(),
            device,
            startedBy,
            log,
            device.getCompression(),
            masterAgent.localAgent(settings.serverName())::sourceBytes);
    if (request.scheduleId() != null) {
      planned.runsFor(request.scheduleId());
    }
    JobRecord job;
    try {
      job =
          launcher.launch(
              planned,
              BACKUP_JOB,
              "backup " + planned.getSetName() + " started by " + startedBy,
              BackupPlan::steps);
    } catch (PlatformLockedException e) {
      throw refuse(
          AlarmName.CiscoDRFBackupInProgress,
          "A new backup cannot start while another backup or restore runs: wait for it to end"
              + " (Backup > Current Status)");
    }
    watchdog.arm(job.getId(), settings.backupTimeout());
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

  /** Cancel Backup: the running backup stops after its current component. */
  public void cancel(Origin origin) {
    endings.cancel(administrator(origin));
  }

  /** The last 20 backup jobs, newest first. */
  public List<JobRecord> history() {
    return jobs.newest(JobKind.BACKUP, HISTORY_SIZE);
  }

  /**
   * How long the last successful run of each of the job's components took, by {@code
   * FEATURE/COMPONENT}: what the status page estimates the time left from.
   */
  public Map<String, Duration> lastSuccessfulRuns(JobRecord job) {
    return jobs.lastSuccessfulRuns(job);
  }

  /** The last 200 jobs that ran to an end, oldest first: what the History charts draw. */
  public List<JobRecord> chartHistory() {
    List<JobRecord> ended =
        new ArrayList<>(
            jobs.newest(JobKind.BACKUP, CHART_SIZE).stream()
                .filter(job -> job.getResult().ran() && job.getEndedAt() != null)
                .toList());
    Collections.reverse(ended);
    return ended;
  }

  /** The running backup, or else the newest one that ran. */
  public Optional<JobRecord> current() {
    return jobs.newestRun(JobKind.BACKUP);
  }

  /** The backup that most recently ended SUCCESS. */
  public Optional<JobRecord> lastSuccessful() {
    return jobs.newestWithResult(JobKind.BACKUP, JobResult.SUCCESS);
  }

  /**
   * The room a backup of each feature needs, in bytes: its components' sizes in the newest of the
   * last 20 backups that wrote them all; -1 for a feature none of them wrote.
   */
  public Map<String, Long> estimateBytes(List<String> features) {
    Map<String, Long> estimates = new LinkedHashMap<>();
    features.forEach(feature -> estimates.put(feature, -1L));
    for (JobRecord listed : history()) {
      JobRecord job = jobs.find(listed.getId()).orElseThrow();
      for (String feature : features) {
        List<JobComponent> written =
            job.getComponents().stream().filter(c -> c.getFeature().equals(feature)).toList();
        boolean complete =
            !written.isEmpty()
                && written.stream().allMatch(c -> c.getStatus() == ComponentStatus.SUCCESS);
        if (estimates.get(feature) < 0 && complete) {
          estimates.put(
              feature,
              written.stream().mapToLong(c -> c.getBytes() == null ? 0 : c.getBytes()).sum());
        }
      }
    }
    return estimates;
  }

  public Optional<JobRecord> job(long jobId) {
    return jobs.find(jobId);
  }

  /** Who the job and its log name: the schedule, or the administrator who asked. */
  private String startedBy(BackupRequest request) {
    return request.origin() == Origin.SCHEDULE
        ? "schedule " + request.scheduleName()
        : administrator(request.origin());
  }

  private String administrator(Origin origin) {
    return origin.requester(session.getCallerPrincipal().getName());
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

  private BackupRefusedException refuse(AlarmName alarm, String message) {
    alarms.raise(alarm, AlarmContext.none(), message);
    return new BackupRefusedException(message);
  }
}
