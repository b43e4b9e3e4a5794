package org.drs.web.schedule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.drs.job.JobRecord;
import org.drs.schedule.Frequency;
import org.drs.schedule.Schedule;

/** One line of the Schedule List, with times in the schedule's own zone. */
public final class ScheduleRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final long id;
  private final String name;
  private final String device;
  private final String features;
  private final String frequency;
  private final String nextRun;
  private final boolean enabled;
  private final String lastResult;

  ScheduleRow(Schedule schedule, String device, JobRecord lastRun) {
    this.id = schedule.getId();
    this.name = schedule.getName();
    this.device = device;
    this.features = String.join(", ", schedule.getFeatures());
    this.frequency = describe(schedule);
    this.nextRun =
        schedule.getNextRunAt() == null
            ? ""
            : LOCAL.format(schedule.getNextRunAt().atZone(schedule.getZone()));
    this.enabled = schedule.isEnabled();
    this.lastResult = lastRun == null ? "" : lastRun.getResult().name();
  }

  /** "Weekly: Tue, Wed at 02:00 (Europe/Berlin)", as an administrator reads a schedule. */
  static String describe(Schedule schedule) {
    StringBuilder text = new StringBuilder(schedule.getFrequency().label());
    if (schedule.getFrequency() == Frequency.WEEKLY) {
      text.append(": ")
          .append(
              schedule.getDays().stream()
                  .sorted()
                  .map(ScheduleRow::shortName)
                  .collect(Collectors.joining(", ")));
    } else if (schedule.getFrequency() == Frequency.MONTHLY) {
      text.append(" on day ").append(schedule.getStart().getDayOfMonth());
    } else if (schedule.getFrequency() == Frequency.ONCE) {
      text.append(" on ").append(schedule.getStart().toLocalDate());
    }
    return text.append(" at ")
        .append(schedule.getStart().toLocalTime())
        .append(" (")
        .append(schedule.getZone().getId())
        .append(")")
        .toString();
  }

  private static String shortName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDevice() {
    return device;
  }

  public String getFeatures() {
    return features;
  }

  public String getFrequency() {
    return frequency;
  }

  public String getNextRun() {
    return nextRun;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getLastResult() {
    return lastResult;
  }
}
