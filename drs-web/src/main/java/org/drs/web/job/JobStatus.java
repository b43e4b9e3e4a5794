package org.drs.web.job;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.ProgressReport;

/**
 * What a status page shows of a backup or restore job: the job, each component's state and
 * percentage, and the overall percentage.
 */
public final class JobStatus implements Serializable {

  private static final long serialVersionUID = 1L;

  private final JobRecord job;
  private final List<ComponentRow> components;
  private final int overallPercentage;

  public JobStatus(JobRecord job, JobProgress progress) {
    this.job = job;
    this.components =
        job == null
            ? List.of()
            : job.getComponents().stream()
                .map(c -> new ComponentRow(c, progress.copied(c.getId())))
                .toList();
    this.overallPercentage =
        job == null ? 0 : ProgressReport.of(job, progress, Instant.now()).percentage();
  }

  public JobRecord getJob() {
    return job;
  }

  public List<ComponentRow> getComponents() {
    return components;
  }

  public boolean isRunning() {
    return job != null && job.getResult() == JobResult.RUNNING;
  }

  /** The mean of the components' percentages, as JMX and the command line report it. */
  public int getOverallPercentage() {
    return overallPercentage;
  }
}
