package org.drs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTimingTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  @Test
  void dailyTenOClockStaysAtTenAcrossNewYorksSpringForward() {
    ScheduleTiming timing = daily("2027-03-12T10:00", NEW_YORK);

    assertThat(runs(timing, "2027-03-12T00:00:00Z", 4))
        .containsExactly(
            at("2027-03-12T10:00-05:00"),
            at("2027-03-13T10:00-05:00"),
            at("2027-03-14T10:00-04:00"),
            at("2027-03-15T10:00-04:00"));
  }

  @Test
  void dailyTenOClockStaysAtTenAcrossNewYorksFallBack() {
    ScheduleTiming timing = daily("2027-11-05T10:00", NEW_YORK);

    assertThat(runs(timing, "2027-11-05T00:00:00Z", 4))
        .containsExactly(
            at("2027-11-05T10:00-04:00"),
            at("2027-11-06T10:00-04:00"),
            at("2027-11-07T10:00-05:00"),
            at("2027-11-08T10:00-05:00"));
  }

  @Test
  void timeInNewYorksSpringGapRunsOnceShiftedByTheGap() {
    ScheduleTiming timing = daily("2027-03-13T02:30", NEW_YORK);

    assertThat(runs(timing, "2027-03-13T00:00:00Z", 3))
        .containsExactly(
            at("2027-03-13T02:30-05:00"),
            at("2027-03-14T03:30-04:00"),
            at("2027-03-15T02:30-04:00"));
  }

  @Test
  void timeOccurringTwiceOnNewYorksFallBackDayRunsOnceAtItsFirstOccurrence() {
    ScheduleTiming timing = daily("2027-11-06T01:30", NEW_YORK);

    assertThat(runs(timing, "2027-11-06T00:00:00Z", 3))
        .containsExactly(
            at("2027-11-06T01:30-04:00"),
            at("2027-11-07T01:30-04:00"),
            at("2027-11-08T01:30-05:00"));
  }

  @Test
  void berlinTenOClockAndItsGapAndOverlapTimes() {
    assertThat(runs(daily("2027-03-27T10:00", BERLIN), "2027-03-27T00:00:00Z", 2))
        .containsExactly(at("2027-03-27T10:00+01:00"), at("2027-03-28T10:00+02:00"));
    assertThat(runs(daily("2027-10-30T10:00", BERLIN), "2027-10-30T00:00:00Z", 2))
        .containsExactly(at("2027-10-30T10:00+02:00"), at("2027-10-31T10:00+01:00"));
    assertThat(runs(daily("2027-03-28T02:30", BERLIN), "2027-03-27T00:00:00Z", 2))
        .containsExactly(at("2027-03-28T03:30+02:00"), at("2027-03-29T02:30+02:00"));
    assertThat(runs(daily("2027-10-31T02:30", BERLIN), "2027-10-30T00:00:00Z", 2))
        .containsExactly(at("2027-10-31T02:30+02:00"), at("2027-11-01T02:30+01:00"));
  }

  @Test
  void sydneyTenOClockAndItsGapAndOverlapTimes() {
    assertThat(runs(daily("2027-10-02T10:00", SYDNEY), "2027-10-01T00:00:00Z", 2))
        .containsExactly(at("2027-10-02T10:00+10:00"), at("2027-10-03T10:00+11:00"));
    assertThat(runs(daily("2027-04-03T10:00", SYDNEY), "2027-04-02T00:00:00Z", 2))
        .containsExactly(at("2027-04-03T10:00+11:00"), at("2027-04-04T10:00+10:00"));
    assertThat(runs(daily("2027-10-03T02:30", SYDNEY), "2027-10-01T00:00:00Z", 2))
        .containsExactly(at("2027-10-03T03:30+11:00"), at("2027-10-04T02:30+11:00"));
    assertThat(runs(daily("2027-04-04T02:30", SYDNEY), "2027-04-02T00:00:00Z", 2))
        .containsExactly(at("2027-04-04T02:30+11:00"), at("2027-04-05T02:30+10:00"));
  }

  @Test
  void weeklyRunsOnlyOnTheChosenDays() {
    ScheduleTiming timing =
        new ScheduleTiming(
            LocalDateTime.parse("2027-03-12T22:00"), // a Friday
            BERLIN,
            Frequency.WEEKLY,
            EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));

    assertThat(runs(timing, "2027-03-12T00:00:00Z", 3))
        .containsExactly(
            at("2027-03-12T22:00+01:00"),
            at("2027-03-13T22:00+01:00"),
            at("2027-03-16T22:00+01:00"));
  }

  @Test
  void monthlyOnThe31stRunsOnTheLastDayOfShorterMonths() {
    ScheduleTiming timing =
        new ScheduleTiming(
            LocalDateTime.parse("2028-01-31T03:00"), BERLIN, Frequency.MONTHLY, Set.of());

    assertThat(runs(timing, "2028-01-01T00:00:00Z", 4))
        .containsExactly(
            at("2028-01-31T03:00+01:00"),
            at("2028-02-29T03:00+01:00"),
            at("2028-03-31T03:00+02:00"),
            at("2028-04-30T03:00+02:00"));
  }

  @Test
  void onceRunsAtItsTimeAndNeverAgain() {
    ScheduleTiming timing =
        new ScheduleTiming(
            LocalDateTime.parse("2027-06-01T12:00"), BERLIN, Frequency.ONCE, Set.of());

    assertThat(timing.nextRunAfter(Instant.parse("2027-01-01T00:00:00Z")))
        .contains(at("2027-06-01T12:00+02:00"));
    assertThat(timing.nextRunAfter(at("2027-06-01T12:00+02:00"))).isEmpty();
  }

  @Test
  void nothingRunsBeforeTheStart() {
    ScheduleTiming timing = daily("2027-06-10T08:00", BERLIN);

    assertThat(timing.nextRunAfter(Instant.parse("2027-01-01T00:00:00Z")))
        .contains(at("2027-06-10T08:00+02:00"));
  }

  @Test
  void runsMissedWhileDownAreListedInOrder() {
    ScheduleTiming timing = daily("2027-06-10T08:00", BERLIN);

    assertThat(
            timing.runsBetween(
                at("2027-06-10T08:00+02:00"), Instant.parse("2027-06-12T07:00:00Z"), 20))
        .containsExactly(
            at("2027-06-10T08:00+02:00"),
            at("2027-06-11T08:00+02:00"),
            at("2027-06-12T08:00+02:00"));
  }

  private static ScheduleTiming daily(String start, ZoneId zone) {
    return new ScheduleTiming(LocalDateTime.parse(start), zone, Frequency.DAILY, Set.of());
  }

  private static List<Instant> runs(ScheduleTiming timing, String after, int count) {
    List<Instant> runs = new ArrayList<>();
    Instant last = Instant.parse(after);
    for (int i = 0; i < count; i++) {
      last = timing.nextRunAfter(last).orElseThrow();
      runs.add(last);
    }
    return runs;
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
