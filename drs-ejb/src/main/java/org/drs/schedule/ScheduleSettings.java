package org.drs.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What the Scheduler page asks for, as entered: nothing is trusted until {@link ScheduleRules}
 * accepted it. The zone is text, so that an unknown one is reported beside its field.
 *
 * @param id the schedule being edited, or null for a new one
 */
public record ScheduleSettings(
    Long id,
    String name,
    Long deviceId,
    List<String> features,
    LocalDate startDate,
    LocalTime startTime,
    String zone,
    Frequency frequency,
    Set<DayOfWeek> days) {

  public ScheduleSettings {
    features = features == null ? List.of() : List.copyOf(features);
    days = days == null ? Set.of() : Set.copyOf(days);
  }
}
