package org.drs.jmx;

import org.drs.schedule.Schedule;

/** A schedule as JMX lists it. */
public class ScheduleView {

  private final Schedule schedule;
  private final String device;

  ScheduleView(Schedule schedule, String device) {
    this.schedule = schedule;
    this.device = device;
  }

  public String getName() {
    return schedule.getName();
  }

  public String getDevice() {
    return device;
  }

  public String getFeatures() {
    return String.join(", ", schedule.getFeatures());
  }

  public String getFrequency() {
    return schedule.getFrequency().label();
  }

  public boolean isEnabled() {
    return schedule.isEnabled();
  }

  /** ISO-8601 UTC; empty when it is disabled or will not run again. */
  public String getNextRunAt() {
    return schedule.getNextRunAt() == null ? "" : schedule.getNextRunAt().toString();
  }
}
