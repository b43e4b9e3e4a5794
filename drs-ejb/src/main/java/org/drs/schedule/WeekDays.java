package org.drs.schedule;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Days of the week as the database and drfSchedule.xml hold them: {@code TUESDAY,WEDNESDAY}. */
final class WeekDays {

  private WeekDays() {}

  static Set<DayOfWeek> parse(String days) {
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    if (!days.isEmpty()) {
      Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).forEach(chosen::add);
    }
    return chosen;
  }

  static String format(Set<DayOfWeek> days) {
    return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
  }
}
