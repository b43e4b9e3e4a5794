package org.drs.alarm;

import java.time.Instant;

/**
 * The one line every alarm writes to the Master Agent trace file. Monitoring parses it, so its form
 * is fixed: {@code ALARM <name> time=<ISO-8601 UTC> job=<id|-> server=<name|-> component=<name|->
 * detail="<text>"}, with quotes and backslashes in the detail escaped by a backslash and line
 * breaks replaced by spaces.
 */
public final class AlarmTraceLine {

  private AlarmTraceLine() {}

  /** The line of a raised alarm, as its trace line, syslog message and mail show it. */
  public static String of(AlarmRaised alarm) {
    return of(alarm.name(), alarm.raisedAt(), alarm.context(), alarm.detail());
  }

  static String of(AlarmName name, Instant time, AlarmContext context, String detail) {
    return "ALARM "
        + name.name()
        + " time="
        + time
        + " job="
        + orDash(context.jobId())
        + " server="
        + orDash(context.server())
        + " component="
        + orDash(context.component())
        + " detail=\""
        + escape(detail)
        + "\"";
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString().replace(' ', '_');
  }

  private static String escape(String detail) {
    return detail.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ');
  }
}
