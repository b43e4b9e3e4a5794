package org.drs.jmx;

import org.drs.alarm.Alarm;

/** An active alarm as JMX shows it: the alarm line's fields. */
public class AlarmView {

  private final Alarm alarm;

  AlarmView(Alarm alarm) {
    this.alarm = alarm;
  }

  /** The guide's alarm name, e.g. {@code CiscoDRFBackupFailure}. */
  public String getName() {
    return alarm.getName().name();
  }

  /** ISO-8601 UTC. */
  public String getRaisedAt() {
    return alarm.getRaisedAt().toString();
  }

  /** The job that raised it; -1 for an alarm of no job. */
  public long getJobId() {
    return alarm.getJobId() == null ? -1 : alarm.getJobId();
  }

  public String getServer() {
    return alarm.getServer() == null ? "" : alarm.getServer();
  }

  public String getComponent() {
    return alarm.getComponent() == null ? "" : alarm.getComponent();
  }

  public String getDetail() {
    return alarm.getDetail();
  }
}
