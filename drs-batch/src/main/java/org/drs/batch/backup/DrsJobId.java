package org.drs.batch.backup;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import org.drs.agent.master.MasterAgent;

/** The DRS job record a batch execution belongs to, from the job parameters. */
final class DrsJobId {

  private DrsJobId() {}

  static long of(JobContext job) {
    return Long.parseLong(
        BatchRuntime.getJobOperator()
            .getParameters(job.getExecutionId())
            .getProperty(MasterAgent.JOB_ID_PARAMETER));
  }
}
