package org.drs.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a schedule runs: on which local dates, at the wall-clock time the administrator chose, in
 * the schedule's zone. Each run is resolved on its own date, so a daylight-saving change never
 * moves a 10:00 backup to 11:00. A time that does not exist on a spring-forward day runs shifted by
 * the gap (02:30 becomes 03:30), a time that occurs twice on a fall-back day runs once at its first
 * occurrence, as {@link ZonedDateTime#of(LocalDateTime, ZoneId)} resolves them. A monthly schedule
 * on the 29th, 30th or 31st runs on the last day of shorter months, so no month is left without a
 * backup.
 */
public record ScheduleTiming(
    LocalDateTime start, ZoneId zone, Frequency frequency, Set<DayOfWeek> days) {

  /** Longest search for the next weekly run: a year is more than enough for any chosen day. */
  private static final int MAX_DAYS_AHEAD = 400;

  public ScheduleTiming {
    days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
  }

  /** The first run strictly after the instant, or none when the schedule will not run again. */
  public Optional<Instant> nextRunAfter(Instant after) {
    LocalDate from = after.atZone(zone).toLocalDate().minusDays(1);
    if (from.isBefore(start.toLocalDate())) {
      from = start.toLocalDate();
    }
    return switch (frequency) {
      case ONCE -> Optional.of(at(start.toLocalDate())).filter(run -> run.isAfter(after));
      case DAILY, WEEKLY -> nextDailyRun(from, after);
      case MONTHLY -> nextMonthlyRun(from, after);
    };
  }

  /** The runs due from the first instant (inclusive) to the second (exclusive), at most limit. */
  public List<Instant> runsBetween(Instant from, Instant until, int limit) {
    List<Instant> runs = new ArrayList<>();
    Optional<Instant> run = nextRunAfter(from.minusNanos(1));
    while (run.isPresent() && run.get().isBefore(until) && runs.size() < limit) {
      runs.add(run.get());
      run = nextRunAfter(run.get());
    }
    return runs;
  }

  private Optional<Instant> nextDailyRun(LocalDate from, Instant after) {
    for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
      LocalDate date = from.plusDays(i);
      if (frequency == Frequency.WEEKLY && !days.contains(date.getDayOfWeek())) {
        continue;
      }
      Instant run = at(date);
      if (run.isAfter(after)) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  private Optional<Instant> nextMonthlyRun(LocalDate from, Instant after) {
    int day = start.getDayOfMonth();
    YearMonth month = YearMonth.from(from);
    for (int i = 0; i < 3; i++, month = month.plusMonths(1)) {
      Instant run = at(month.atDay(Math.min(day, month.lengthOfMonth())));
      if (run.isAfter(after)) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  private Instant at(LocalDate date) {
    return ZonedDateTime.of(date.atTime(start.toLocalTime()), zone).toInstant();
  }
}
