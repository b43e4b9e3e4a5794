package org.drs.restore;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.agent.master.MasterAgent;
import org.drs.backup.BackupService;
import org.drs.common.DrsRoles;
import org.drs.common.DrsSettings;
import org.drs.job.JobKind;
import org.drs.job.JobLauncher;
import org.drs.job.JobLog;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobWatchdog;
import org.drs.job.Origin;
import org.drs.job.PlatformLockedException;

/**
 * Restores, the one way in for every entry point: the sets on a device, the checks and summary of a
 * restore, starting it, and the jobs for Restore Status and History.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreService {

  /** The job XML of every restore. */
  public static final String RESTORE_JOB = "drs-restore";

  private static final Logger TRACE = Logger.getLogger(RestoreService.class.getName());

  @Resource private SessionContext session;
  @Inject private DrsSettings settings;
  @EJB private RestoreChecks checks;
  @EJB private JobLauncher launcher;
  @EJB private JobRecords jobs;
  @Inject private MasterAgent masterAgent;
  @EJB private RestoreEndings endings;
  @EJB private JobWatchdog watchdog;

  /**
   * The sets on a device, newest first.
   *
   * @throws RestoreRefusedException when the device cannot be read, with the reason
   */
  public List<RestorableSet> sets(long deviceId) {
    return checks.restorableSets(deviceId);
  }

  /** The checks and the summary of a restore, without starting it. */
  public RestorePreview preview(RestoreChoice choice) {
    return checks.prepare(choice).preview();
  }

  /**
   * Starts a restore after the same checks as the preview.
   *
   * @return the DRS job id
   * @throws RestoreRefusedException naming every problem, or the job that runs already
   */
  public long start(RestoreRequest request) {
    RestoreChoice choice = request.choice();
    String startedBy = requester(request.origin());
    RestoreChecks.Prepared prepared = checks.prepare(choice);
    if (!prepared.preview().restorable()) {
      throw new RestoreRefusedException(String.join(" ", prepared.preview().problems()));
    }
    Instant start = Instant.now();
    Path log =
        settings
            .jobLogDirectory()
            .resolve("restore-" + choice.setName() + "-" + start.toEpochMilli() + ".log");
    JobRecord planned =
        prepared.plan().toJob(choice.targetServer(), prepared.device(), startedBy, log, start);
    JobRecord job;
    try {
      job =
          launcher.launch(
              planned,
              RESTORE_JOB,
              "restore of " + planned.getSetName() + " started by " + startedBy,
              RestorePlan::steps);
    } catch (PlatformLockedException e) {
      throw new RestoreRefusedException(
          "A restore cannot start while a backup or another restore runs: wait for it to end.");
    }
    watchdog.arm(job.getId(), settings.restoreTimeout());
    JobLog.append(
        log,
        "Restore of set "
            + job.getSetName()
            + " (server "
            + job.getSetServer()
            + ") from device "
            + prepared.device().getName()
            + " for features "
            + job.getFeatures()
            + " onto server "
            + job.getServer()
            + " started by "
            + startedBy);
    TRACE.info(
        "AUDIT restore of set "
            + job.getSetName()
            + " started by "
            + startedBy
            + " from device "
            + prepared.device().getName()
            + " for features "
            + job.getFeatures());
    return job.getId();
  }

  /**
   * Cancel Restore: the running restore stops after the component being staged, with nothing
   * changed.
   *
   * @throws RestoreRefusedException when no restore runs or its swap has begun
   */
  public void cancel(Origin origin) {
    endings.cancel(requester(origin));
  }

  /** The servers a restore can go to: those whose Local Agents the Master Agent knows. */
  public List<String> servers() {
    return masterAgent.servers();
  }

  /** The last 20 restore jobs, newest first. */
  public List<JobRecord> history() {
    return jobs.newest(JobKind.RESTORE, BackupService.HISTORY_SIZE);
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
            jobs.newest(JobKind.RESTORE, BackupService.CHART_SIZE).stream()
                .filter(job -> job.getResult().ran() && job.getEndedAt() != null)
                .toList());
    Collections.reverse(ended);
    return ended;
  }

  /** The running restore, or else the newest one. */
  public Optional<JobRecord> current() {
    return jobs.newest(JobKind.RESTORE, 1).stream().findFirst();
  }

  private String requester(Origin origin) {
    return origin.requester(session.getCallerPrincipal().getName());
  }
}
