package org.drs.web.job;

import java.io.Serializable;
import org.drs.job.ComponentProgress;
import org.drs.job.JobComponent;
import org.drs.job.ProgressReport;
import org.drs.web.common.Figures;

/**
 * A component of the current job as the status page shows it: its state, percentage, bytes done,
 * throughput, how long it ran and the time it has left.
 */
public final class ComponentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String feature;
  private final String component;
  private final String status;
  private final int percentage;
  private final String message;
  private final String bytesDone;
  private final String throughput;
  private final String elapsed;
  private final String timeLeft;

  public ComponentRow(JobComponent component, long copied, ComponentProgress progress) {
    this.feature = component.getFeature();
    this.component = component.getComponent();
    this.status = component.getStatus().name();
    this.message = component.getMessage();
    this.percentage = ProgressReport.percentage(component, copied);
    this.bytesDone = Figures.bytes(progress.bytesDone());
    this.throughput = Figures.throughput(progress.bytesPerSecond());
    this.elapsed = Figures.duration(progress.elapsed());
    this.timeLeft = Figures.timeLeft(progress.timeLeft());
  }

  public String getFeature() {
    return feature;
  }

  public String getComponent() {
    return component;
  }

  public String getStatus() {
    return status;
  }

  public int getPercentage() {
    return percentage;
  }

  public String getMessage() {
    return message;
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

  public String getTimeLeft() {
    return timeLeft;
  }
}
