package org.drs.batch.job;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import org.drs.job.JobLauncher;

/** The DRS job record a batch execution belongs to, from the job parameters. */
public final class DrsJobId {

  private DrsJobId() {}

  public static long of(JobContext job) {
    return Long.parseLong(
        BatchRuntime.getJobOperator()
            .getParameters(job.getExecutionId())
            .getProperty(JobLauncher.JOB_ID_PARAMETER));
  }
}
