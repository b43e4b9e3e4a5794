package org.drs.restore;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.PlatformLock;

/**
 * How restore jobs end other than by a successful swap: a failure, the end of the batch job
 * whatever happened, and restores a stop of the server interrupted. Every ending removes the
 * staging area and releases the platform lock; a backup set is never touched.
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

  /** Called however the batch job ended: a job that did not swap in its data ended FAILED. */
  public void jobEnded(long jobId, BatchStatus status) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    try {
      if (job.getResult() == JobResult.RUNNING) {
        failJob(job, "The restore job ended " + status + " before the swap: nothing was changed");
      }
    } finally {
      masterAgent.localAgent(job.getServer()).discardStaging(jobId);
      platformLock.release(jobId);
      progress.forget(job.getComponents().stream().map(JobComponent::getId).toList());
      JobLog.append(Path.of(job.getLogFile()), "Restore job ended");
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
   * Runs before the backups' recovery, which frees the platform lock.
   */
  public void recoverInterruptedJobs() {
    Map<Long, Boolean> finished = new HashMap<>();
    for (String server : masterAgent.servers()) {
      finished.putAll(masterAgent.localAgent(server).recoverInterruptedRestores());
    }
    for (JobRecord running : jobs.running(JobKind.RESTORE)) {
      JobRecord job = jobs.find(running.getId()).orElseThrow();
      TRACE.warning("Restore job " + job.getId() + " was interrupted by a stop of the server");
      boolean swapped = finished.getOrDefault(job.getId(), false);
      try {
        platformSettings.recover(job.getId(), swapped);
      } catch (IOException e) {
        TRACE.severe(
            "DRS settings of restore job " + job.getId() + " could not be recovered: " + e);
      }
      if (swapped) {
        jobs.end(
            job.getId(),
            JobResult.SUCCESS,
            "Restored; the server stopped just after the swap, and DRS finished the restore at the"
                + " next start. Restart the applications of "
                + job.getFeatures()
                + ".");
      } else {
        failJob(
            job,
            "The server stopped while this restore ran; what it had changed was put back: run it"
                + " again");
      }
    }
  }
}
