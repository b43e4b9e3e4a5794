package org.drs.web.job;

import java.io.Serializable;
import org.drs.job.JobComponent;
import org.drs.job.ProgressReport;

/** A component of the current job as the status page shows it, with its percentage. */
public final class ComponentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String feature;
  private final String component;
  private final String status;
  private final int percentage;
  private final String message;

  public ComponentRow(JobComponent component, long copied) {
    this.feature = component.getFeature();
    this.component = component.getComponent();
    this.status = component.getStatus().name();
    this.message = component.getMessage();
    this.percentage = ProgressReport.percentage(component, copied);
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
}
