package org.drs.web.job;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drs.job.ComponentProgress;
import org.drs.job.JobComponent;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.ProgressReport;
import org.drs.web.common.Figures;

/**
 * What a status page shows of a backup or restore job: the job, each component's state, percentage,
 * bytes, throughput and time left, and the same for the whole job. The time left of the whole job
 * is the sum of its components', once each can be estimated; until then, what its throughput and
 * expected size say.
 */
public final class JobStatus implements Serializable {

  private static final long serialVersionUID = 1L;

  private final JobRecord job;
  private final List<ComponentRow> components = new ArrayList<>();
  private final int overallPercentage;
  private final String bytesDone;
  private final String throughput;
  private final String elapsed;
  private final String timeLeft;

  /**
   * @param lastRuns how long each component's last successful run took, by {@code
   *     FEATURE/COMPONENT}
   */
  public JobStatus(JobRecord job, JobProgress progress, Map<String, Duration> lastRuns) {
    this.job = job;
    Instant now = Instant.now();
    if (job == null) {
      overallPercentage = 0;
      bytesDone = throughput = elapsed = timeLeft = "";
      return;
    }
    Optional<Duration> left = Optional.of(Duration.ZERO);
    for (JobComponent component : job.getComponents()) {
      long copied = progress.copied(component.getId());
      ComponentProgress figures =
          ComponentProgress.of(
              component,
              copied,
              lastRuns.get(component.getFeature() + "/" + component.getComponent()),
              now);
      components.add(new ComponentRow(component, copied, figures));
      left = left.flatMap(sum -> figures.timeLeft().map(sum::plus));
    }
    ProgressReport report = ProgressReport.of(job, progress, now);
    overallPercentage = report.percentage();
    bytesDone = Figures.bytes(report.bytesDone());
    throughput = Figures.throughput(report.bytesPerSecond());
    elapsed =
        Figures.duration(
            Duration.between(
                job.getStartedAt(), job.getEndedAt() == null ? now : job.getEndedAt()));
    if (job.getResult() != JobResult.RUNNING) {
      timeLeft = "";
    } else if (left.isPresent()) {
      timeLeft = Figures.duration(left.get());
    } else {
      timeLeft = Figures.timeLeft(report.estimatedEnd().map(end -> Duration.between(now, end)));
    }
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

  public String getBytesDone() {
    return bytesDone;
  }

  public String getThroughput() {
    return throughput;
  }

  public String getElapsed() {
    return elapsed;
  }

  /** Empty once the job ended; a dash while it cannot be estimated. */
  public String getTimeLeft() {
    return timeLeft;
  }
}
