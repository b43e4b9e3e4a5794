package org.drs.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.device.DeviceStorage;
import org.drs.job.EndRequest;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.PlatformLock;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;

/**
 * How backup jobs end other than by committing their set: Cancel Backup, the time-out, a failure,
 * the end of the batch job whatever happened, and jobs a stop of the server interrupted. Every
 * ending removes the unfinished files and releases the platform lock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupEndings {

  private static final Logger TRACE = Logger.getLogger(BackupEndings.class.getName());
  private static final String INTERRUPTED =
      "The server stopped while this job ran; its unfinished files were removed";

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private JobProgress progress;
  @Inject private MasterAgent masterAgent;
  @Inject private DeviceStorage deviceStorage;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private BackupWatchdog watchdog;

  /**
   * Asks a running backup to stop. As the guide says, it takes effect after the current component
   * completes; the job then ends CANCELLED and its files are removed.
   *
   * @throws BackupRefusedException when no backup runs
   */
  public void cancel(String by) {
    JobRecord job =
        jobs.running(JobKind.BACKUP).stream()
            .findFirst()
            .orElseThrow(
                () -> new BackupRefusedException("No backup is running: nothing to cancel."));
    jobs.requestEnd(job.getId(), EndRequest.CANCEL, "Cancelled by " + by);
    BatchRuntime.getJobOperator().stop(job.getExecutionId());
    JobLog.append(
        Path.of(job.getLogFile()),
        "Cancel requested by " + by + ": the backup stops after the current component");
    TRACE.info("AUDIT backup " + job.getSetName() + " cancelled by " + by);
  }

  /**
   * The watchdog's call when a backup runs past its time-out: the job is stopped and its device
   * connection closed, since a step stuck in a network write would not notice the stop; the job
   * then ends FAILED and its files are removed.
   */
  public void timeOut(long jobId) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    if (job.getResult() != JobResult.RUNNING) {
      return;
    }
    String message =
        "The backup did not finish within "
            + inWords(settings.backupTimeout())
            + " and was ended: begin a fresh backup";
    jobs.requestEnd(jobId, EndRequest.TIMEOUT, message);
    JobLog.append(Path.of(job.getLogFile()), message);
    BatchRuntime.getJobOperator().stop(job.getExecutionId());
    masterAgent.localAgent(job.getServer()).abort(jobId);
  }

  private static String inWords(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + " hours";
    }
    return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
  }

  /**
   * Called however the batch job ended: a job that did not commit its set is marked CANCELLED when
   * an administrator cancelled it, FAILED otherwise (a time-out, a failure, or a stop of the server
   * or of DRS, which stops running jobs), and its files are removed; the platform lock is released.
   */
  public void jobEnded(long jobId, BatchStatus status) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    try {
      if (job.getResult() == JobResult.RUNNING) {
        if (job.getEndRequest() == EndRequest.CANCEL && status == BatchStatus.STOPPED) {
          abortSet(job);
          jobs.end(jobId, JobResult.CANCELLED, job.getMessage());
          JobLog.append(Path.of(job.getLogFile()), "CANCELLED: its files were removed");
        } else {
          failJob(job, failure(job, status));
        }
      }
    } finally {
      // Whatever went wrong above, the next job must be able to start.
      watchdog.disarm(jobId);
      platformLock.release(jobId);
      progress.forget(job.getComponents().stream().map(JobComponent::getId).toList());
      JobLog.append(Path.of(job.getLogFile()), "Backup job ended");
    }
  }

  private static String failure(JobRecord job, BatchStatus status) {
    if (job.getEndRequest() == EndRequest.TIMEOUT) {
      return job.getMessage();
    }
    return status == BatchStatus.STOPPED
        ? INTERRUPTED
        : "The backup job ended " + status + ": see this log and the trace files";
  }

  /**
   * At start: a backup left running by a previous JVM can never finish, so its files are removed
   * and it is marked FAILED; and the platform lock is freed, since no job runs in a JVM that is
   * only starting (a shutdown may have recorded a job's end but not released its lock).
   */
  public void recoverInterruptedJobs() {
    for (JobRecord running : jobs.running(JobKind.BACKUP)) {
      JobRecord job = jobs.find(running.getId()).orElseThrow();
      failJob(job, INTERRUPTED);
      TRACE.warning(
          "Job "
              + job.getId()
              + " ("
              + job.getSetName()
              + ") was interrupted by a stop"
              + " of the server: marked FAILED");
    }
    platformLock.releaseAtStart();
  }

  /** Ends a job FAILED: its files are removed and CiscoDRFBackupFailure is raised. */
  public void failJob(JobRecord job, String message) {
    abortSet(job);
    jobs.end(job.getId(), JobResult.FAILED, message);
    JobLog.append(Path.of(job.getLogFile()), "FAILED: " + message);
    alarms.raise(
        AlarmName.CiscoDRFBackupFailure,
        new AlarmContext(job.getId(), job.getServer(), null),
        message);
  }

  private void abortSet(JobRecord job) {
    BackupDevice device = deviceRepository.find(job.getDeviceId()).orElse(null);
    if (device == null) {
      return;
    }
    try (Storage storage = deviceStorage.open(device)) {
      storage.abortSet(job.getComponents().stream().map(JobComponent::getFileName).toList());
    } catch (StorageException e) {
      TRACE.warning(
          "Files of set "
              + job.getSetName()
              + " could not be removed: "
              + e.getMessage()
              + "; without a manifest they are never listed");
    }
  }
}
