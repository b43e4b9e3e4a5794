package org.drs.schedule;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a schedule's persistent timer carries: the schedule and the run it was armed for. The run
 * lets a firing tell a run missed while the server was down from one on time, and a timer that an
 * edit replaced from the current one. The text is what the WildFly console shows as the timer's
 * info.
 */
public record ScheduleTimerInfo(long scheduleId, Instant run) implements Serializable {

  private static final long serialVersionUID = 1L;

  @Override
  public String toString() {
    return "DRS schedule " + scheduleId + " run at " + run;
  }
}
