package org.drs.job;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.drs.common.RefusedException;

/**
 * Starts a backup or restore the one way both need: record the job, take the platform lock, hand
 * its steps to the job XML resolver and start the Jakarta Batch job — and undo what was done if a
 * later part fails, so a refused start leaves neither a record nor a held lock behind.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLauncher {

  /** The batch job parameter that names the DRS job a batch execution carries out. */
  public static final String JOB_ID_PARAMETER = "drsJobId";

  @Inject private JobSteps steps;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;

  /**
   * Records and starts the job.
   *
   * @param batchJob the job XML's name
   * @param description what the platform lock names while the job holds it
   * @param stepsOf the steps of the recorded job, which its component ids decide
   * @return the started job
   * @throws PlatformLockedException when another job holds the lock (nothing is recorded)
   * @throws RefusedException when the batch runtime cannot start the job (it is recorded FAILED)
   */
  public JobRecord launch(
      JobRecord planned,
      String batchJob,
      String description,
      Function<JobRecord, List<JobSteps.Step>> stepsOf) {
    JobRecord job = jobs.create(planned);
    if (!platformLock.acquire(job.getId(), description)) {
      jobs.delete(job.getId());
      throw new PlatformLockedException(description + " cannot start: another job runs");
    }
    try {
      steps.offer(stepsOf.apply(job));
      Properties parameters = new Properties();
      parameters.setProperty(JOB_ID_PARAMETER, job.getId().toString());
      jobs.started(job.getId(), BatchRuntime.getJobOperator().start(batchJob, parameters));
      return job;
    } catch (RuntimeException e) {
      platformLock.release(job.getId());
      jobs.end(job.getId(), JobResult.FAILED, "The batch job could not start: " + e.getMessage());
      throw new RefusedException(
          "The "
              + job.getKind().name().toLowerCase(Locale.ROOT)
              + " job could not start: "
              + e.getMessage());
    } finally {
      steps.clear();
    }
  }
}
