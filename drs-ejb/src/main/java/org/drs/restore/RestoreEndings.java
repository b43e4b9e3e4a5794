package org.drs.restore;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.drs.agent.RestoreRecovery;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.Cleanup;
import org.drs.common.DrsSettings;
import org.drs.job.EndRequest;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobTimedOut;
import org.drs.job.JobWatchdog;
import org.drs.job.PlatformLock;

/**
 * How restore jobs end other than by a successful swap: Cancel Restore and the time-out (both only
 * before the swap begins), a failure, the end of the batch job whatever happened, and restores a
 * stop of the server interrupted. Every ending removes the staging area (unless it holds data that
 * could not be put back) and releases the platform lock; a backup set is never touched.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreEndings {

  private static final Logger TRACE = Logger.getLogger(RestoreEndings.class.getName());

  @Inject private JobProgress progress;
  @Inject private PlatformSettingsRestore platformSettings;
  @Inject private MasterAgent masterAgent;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private JobWatchdog watchdog;
  @Inject private DrsSettings settings;

  /**
   * Asks the running restore to stop before its swap: it stops after the component being staged,
   * and ends CANCELLED with nothing changed.
   *
   * @throws RestoreRefusedException when no restore runs, or its swap has begun (it then completes
   *     or puts back every component)
   */
  public void cancel(String by) {
    JobRecord job =
        jobs.running(JobKind.RESTORE).stream()
            .findFirst()
            .orElseThrow(
                () -> new RestoreRefusedException("No restore is running: nothing to cancel."));
    if (!jobs.requestEndBeforeSwap(
        job.getId(), EndRequest.CANCEL, "Cancelled by " + by + ": nothing was changed")) {
      throw new RestoreRefusedException(
          "The restore is already swapping in the restored data and can no longer be cancelled: it"
              + " completes, or puts back every component as it was. Restore Status says which.");
    }
    BatchRuntime.getJobOperator().stop(job.getExecutionId());
    JobLog.append(
        Path.of(job.getLogFile()),
        "Cancel requested by " + by + ": the restore stops after the component being staged");
    TRACE.info("AUDIT restore of " + job.getSetName() + " cancelled by " + by);
  }

  /**
   * The watchdog's call when a restore runs past its time-out: before the swap it is stopped and
   * ends FAILED with nothing changed; a swap in progress is let finish (or put back), since cutting
   * it would leave the data half restored.
   */
  public void timeOut(@Observes JobTimedOut timedOut) {
    long jobId = timedOut.jobId();
    JobRecord job = jobs.find(jobId).orElseThrow();
    if (job.getKind() != JobKind.RESTORE || job.getResult() != JobResult.RUNNING) {
      return;
    }
    Path log = Path.of(job.getLogFile());
    String message =
        "The restore did not finish within "
            + settings.restoreTimeout().toSeconds()
            + " seconds and was ended before its swap: nothing was changed. Run it again";
    if (jobs.requestEndBeforeSwap(jobId, EndRequest.TIMEOUT, message)) {
      JobLog.append(log, message);
      BatchRuntime.getJobOperator().stop(job.getExecutionId());
    } else {
      JobLog.append(
          log,
          "The restore's time-out was reached during its swap: the swap is let complete, or put"
              + " back every component");
    }
  }

  /**
   * Called however the batch job ended: a job that did not swap in its data ended CANCELLED when an
   * administrator cancelled it, FAILED otherwise.
   */
  public void jobEnded(long jobId, BatchStatus status) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    try {
      if (job.getResult() == JobResult.RUNNING) {
        if (job.getEndRequest() == EndRequest.CANCEL) {
          jobs.end(jobId, JobResult.CANCELLED, job.getMessage());
          JobLog.append(Path.of(job.getLogFile()), "CANCELLED: nothing was changed");
        } else if (job.getEndRequest() == EndRequest.TIMEOUT) {
          failJob(job, job.getMessage());
        } else {
          failJob(job, "The restore job ended " + status + " before the swap: nothing was changed");
        }
      }
    } finally {
      // Whatever went wrong above or in one of these, the next job must be able to start.
      Cleanup.runEach(
          () -> watchdog.disarm(jobId),
          () -> masterAgent.localAgent(job.getServer()).discardStaging(jobId),
          () -> platformLock.release(jobId),
          () -> progress.forget(job.getComponents().stream().map(JobComponent::getId).toList()),
          () -> JobLog.append(Path.of(job.getLogFile()), "Restore job ended"));
    }
  }

  /** Ends a restore FAILED with CiscoDRFRestoreFailure. */
  public void failJob(JobRecord job, String message) {
    jobs.end(job.getId(), JobResult.FAILED, message);
    JobLog.append(Path.of(job.getLogFile()), "FAILED: " + message);
    alarms.raise(
        AlarmName.CiscoDRFRestoreFailure,
        new AlarmContext(job.getId(), job.getServer(), null),
        message);
  }

  /**
   * At start: the Local Agent finishes each interrupted restore whose swap had replaced every
   * component, and undoes the others (every component put back as it was); their records say so.
   * Where it could not prove either, the job is FAILED with an alarm saying where the old data is
   * kept and what to do. Runs before the backups' recovery, which frees the platform lock.
   */
  public void recoverInterruptedJobs() {
    Map<Long, RestoreRecovery> recovered = new HashMap<>();
    for (String server : masterAgent.servers()) {
      recovered.putAll(masterAgent.localAgent(server).recoverInterruptedRestores());
    }
    for (JobRecord running : jobs.running(JobKind.RESTORE)) {
      JobRecord job = jobs.find(running.getId()).orElseThrow();
      TRACE.warning("Restore job " + job.getId() + " was interrupted by a stop of the server");
      RestoreRecovery recovery = recovered.getOrDefault(job.getId(), RestoreRecovery.putBack());
      boolean swapped = recovery.state() == RestoreRecovery.State.FINISHED;
      try {
        platformSettings.recover(job.getId(), swapped);
      } catch (IOException e) {
        TRACE.severe(
            "DRS settings of restore job " + job.getId() + " could not be recovered: " + e);
      }
      switch (recovery.state()) {
        case FINISHED ->
            jobs.end(
                job.getId(),
                JobResult.SUCCESS,
                "Restored; the server stopped just after the swap, and DRS finished the restore at the"
                    + " next start. Restart the applications of "
                    + job.getFeatures()
                    + "."
                    + (recovery.detail() == null
                        ? ""
                        : " " + recovery.detail() + ": remove them by hand."));
        case PUT_BACK ->
            failJob(
                job,
                "The server stopped while this restore ran; what it had changed was put back: run it"
                    + " again");
        case KEPT ->
            failJob(
                job, "The server stopped while this restore swapped data in. " + recovery.detail());
      }
    }
  }
}
