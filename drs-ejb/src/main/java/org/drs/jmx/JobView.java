package org.drs.jmx;

import java.time.Instant;
import org.drs.job.ComponentStatus;
import org.drs.job.JobComponent;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;

/**
 * A backup or restore job as JMX shows it; times are ISO-8601 UTC, empty when not yet known. The
 * progress fields are filled for the running job only.
 */
public class JobView {

  private final JobRecord job;
  private final long bytesDone;
  private final String currentComponent;

  JobView(JobRecord job) {
    this(job, 0, "");
  }

  private JobView(JobRecord job, long bytesDone, String currentComponent) {
    this.job = job;
    this.bytesDone = bytesDone;
    this.currentComponent = currentComponent;
  }

  /** The job with its progress: bytes of finished components plus those copied of the current. */
  static JobView withProgress(JobRecord job, JobProgress progress) {
    long done = 0;
    String current = "";
    for (JobComponent component : job.getComponents()) {
      if (component.getStatus() == ComponentStatus.RUNNING) {
        current = component.getFeature() + "/" + component.getComponent();
        done += progress.copied(component.getId());
      } else if (component.getStatus() == ComponentStatus.SUCCESS && component.getBytes() != null) {
        done += component.getBytes();
      }
    }
    return new JobView(job, done, current);
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

  /** Bytes written (backup) or read (restore) so far, for the running job. */
  public long getBytesDone() {
    return bytesDone;
  }

  /** The component being backed up or staged, e.g. {@code DEMO/FILES}; empty otherwise. */
  public String getCurrentComponent() {
    return currentComponent;
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
