package org.drs.jmx;

import java.time.Instant;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.ProgressReport;

/**
 * A backup or restore job as JMX shows it; times are ISO-8601 UTC, empty when not yet known. The
 * progress fields are filled for the running job only.
 */
public class JobView {

  private final JobRecord job;
  private final ProgressReport progress;

  JobView(JobRecord job) {
    this(job, null);
  }

  private JobView(JobRecord job, ProgressReport progress) {
    this.job = job;
    this.progress = progress;
  }

  /** The job with its progress now. */
  static JobView withProgress(JobRecord job, JobProgress progress) {
    return new JobView(job, ProgressReport.of(job, progress, Instant.now()));
  }

  public long getId() {
    return job.getId();
  }

  /** {@code BACKUP} or {@code RESTORE}. */
  public String getKind() {
    return job.getKind().name();
  }

  /** RUNNING, SUCCESS, PARTIAL, FAILED, CANCELLED, as the history shows it. */
  public String getResult() {
    return job.getResult().name();
  }

  public String getSetName() {
    return job.getSetName();
  }

  public String getDevice() {
    return job.getDeviceName();
  }

  public String getFeatures() {
    return job.getFeatures();
  }

  public String getServer() {
    return job.getServer();
  }

  /** Who started it, e.g. {@code user admin (JMX)}. */
  public String getStartedBy() {
    return job.getStartedBy();
  }

  public String getStartedAt() {
    return text(job.getStartedAt());
  }

  public String getEndedAt() {
    return text(job.getEndedAt());
  }

  /** What the history says of it: the reason of a failure, what to do next. */
  public String getMessage() {
    return job.getMessage() == null ? "" : job.getMessage();
  }

  /** For a backup to tape, the set its tape held and this one replaced; empty otherwise. */
  public String getReplacedSet() {
    return job.getReplacedSet() == null ? "" : job.getReplacedSet();
  }

  /** The mean of the components' percentages; 0 when the progress was not asked for. */
  public int getPercentage() {
    return progress == null ? 0 : progress.percentage();
  }

  /** Bytes written (backup) or read (restore) so far, for the running job. */
  public long getBytesDone() {
    return progress == null ? 0 : progress.bytesDone();
  }

  /** The component being backed up or staged, e.g. {@code DEMO/FILES}; empty otherwise. */
  public String getCurrentComponent() {
    return progress == null ? "" : progress.currentComponent();
  }

  /** Bytes per second since the job started. */
  public long getBytesPerSecond() {
    return progress == null ? 0 : progress.bytesPerSecond();
  }

  /**
   * When the running job should end at its throughput so far, from the sizes of the last run; empty
   * until that can be estimated.
   */
  public String getEstimatedEnd() {
    return progress == null ? "" : text(progress.estimatedEnd().orElse(null));
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
