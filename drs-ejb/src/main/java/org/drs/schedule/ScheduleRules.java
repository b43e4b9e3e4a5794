package org.drs.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.drs.common.FieldProblem;
import org.drs.common.NameRule;

/**
 * The Scheduler's rules, checked before anything is saved: a name by {@link NameRule} (the default
 * schedule keeps its own), an existing device, at least one registered feature, a start, a known
 * zone, a chosen frequency, Weekly with at least one day, and Once not in the past.
 */
public final class ScheduleRules {

  /** The guide's limit. */
  public static final int MAX_SCHEDULES = 10;

  private ScheduleRules() {}

  /**
   * @param stored the schedule being edited, if any
   * @param otherNames the names of the other schedules, for uniqueness
   * @param devices the ids of the existing devices
   * @param features the features that can be backed up
   */
  public static List<FieldProblem> check(
      ScheduleSettings settings,
      Optional<Schedule> stored,
      Collection<String> otherNames,
      Collection<Long> devices,
      Collection<String> features,
      Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (stored.map(Schedule::isDefault).orElse(false)) {
      if (!Schedule.DEFAULT_NAME.equals(settings.name())) {
        problems.add(
            new FieldProblem("name", "The default schedule keeps its name: save it as 'default'."));
      }
    } else {
      NameRule.problem(settings.name(), "schedule", otherNames)
          .ifPresent(message -> problems.add(new FieldProblem("name", message)));
    }
    if (settings.deviceId() == null) {
      problems.add(new FieldProblem("device", "Select the backup device to back up to."));
    } else if (!devices.contains(settings.deviceId())) {
      problems.add(
          new FieldProblem("device", "The chosen backup device no longer exists: choose another."));
    }
    if (settings.features().isEmpty()) {
      problems.add(new FieldProblem("features", "Select at least one feature to back up."));
    } else {
      settings.features().stream()
          .filter(feature -> !features.contains(feature))
          .findFirst()
          .ifPresent(
              feature ->
                  problems.add(
                      new FieldProblem(
                          "features",
                          "Feature " + feature + " is not registered on this server.")));
    }
    if (settings.frequency() == null) {
      problems.add(new FieldProblem("frequency", "Choose how often the backup runs."));
    } else if (settings.frequency() == Frequency.WEEKLY && settings.days().isEmpty()) {
      problems.add(
          new FieldProblem("days", "Choose the days of the week on which the backup runs."));
    }
    Optional<ZoneId> zone = zone(settings.zone(), problems);
    if (settings.startDate() == null) {
      problems.add(new FieldProblem("startDate", "Enter the start date as YYYY-MM-DD."));
    }
    if (settings.startTime() == null) {
      problems.add(new FieldProblem("startTime", "Enter the start time as HH:MM (24 hours)."));
    }
    if (zone.isPresent()
        && settings.startDate() != null
        && settings.startTime() != null
        && settings.frequency() == Frequency.ONCE
        && !ZonedDateTime.of(settings.startDate(), settings.startTime(), zone.get())
            .toInstant()
            .isAfter(now)) {
      problems.add(
          new FieldProblem(
              "startDate",
              "A schedule that runs once must start in the future: "
                  + settings.startDate()
                  + " "
                  + settings.startTime()
                  + " in "
                  + zone.get()
                  + " has passed."));
    }
    return problems;
  }

  private static Optional<ZoneId> zone(String zone, List<FieldProblem> problems) {
    if (zone == null || zone.isBlank()) {
      problems.add(new FieldProblem("zone", "Enter a time zone, e.g. Europe/Berlin."));
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(zone.strip()));
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(
              "zone",
              "Unknown time zone '"
                  + zone
                  + "': enter a region name such as America/New_York or Europe/Berlin."));
      return Optional.empty();
    }
  }
}
