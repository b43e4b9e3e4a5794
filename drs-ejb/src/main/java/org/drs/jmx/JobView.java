package org.drs.jmx;

import java.time.Instant;
import org.drs.job.JobRecord;

/** A backup or restore job as JMX shows it; times are ISO-8601 UTC, empty when not yet known. */
public class JobView {

  private final JobRecord job;

  JobView(JobRecord job) {
    this.job = job;
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

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
