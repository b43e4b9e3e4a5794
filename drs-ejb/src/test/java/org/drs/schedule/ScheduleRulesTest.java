package org.drs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drs.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleRulesTest {

  private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

  @Test
  void completeWeeklySettingsPass() {
    assertThat(problems(weekly("Nightly-1 a_b"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "<script>", "", " x", "café", "x;rm", "tab\there"})
  void nameWithCharactersOutsideTheRuleIsRefused(String name) {
    assertThat(problems(weekly(name))).extracting(FieldProblem::field).containsExactly("name");
  }

  @Test
  void nameTakenInAnotherCaseIsRefused() {
    assertThat(
            ScheduleRules.check(
                weekly("NIGHTLY"),
                Optional.empty(),
                List.of("nightly"),
                List.of(7L),
                List.of("DEMO"),
                NOW))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("exists already"));
  }

  @Test
  void defaultScheduleCannotBeRenamed() {
    Schedule stored = new Schedule(Schedule.DEFAULT_NAME);

    assertThat(
            ScheduleRules.check(
                weekly("renamed"),
                Optional.of(stored),
                List.of(),
                List.of(7L),
                List.of("DEMO"),
                NOW))
        .extracting(FieldProblem::field)
        .containsExactly("name");
    assertThat(
            ScheduleRules.check(
                weekly("default"),
                Optional.of(stored),
                List.of(),
                List.of(7L),
                List.of("DEMO"),
                NOW))
        .isEmpty();
  }

  @Test
  void weeklyWithoutADayIsRefused() {
    assertThat(problems(settings("w", Frequency.WEEKLY, "2027-02-01", "Europe/Berlin", Set.of())))
        .extracting(FieldProblem::field)
        .containsExactly("days");
  }

  @Test
  void onceInThePastIsRefusedAndInTheFutureAccepted() {
    assertThat(problems(settings("o", Frequency.ONCE, "2027-01-09", "Europe/Berlin", Set.of())))
        .extracting(FieldProblem::field)
        .containsExactly("startDate");
    assertThat(problems(settings("o", Frequency.ONCE, "2027-01-11", "Europe/Berlin", Set.of())))
        .isEmpty();
  }

  @Test
  void unknownZoneIsRefusedBesideItsField() {
    assertThat(problems(settings("z", Frequency.DAILY, "2027-02-01", "Mars/Olympus", Set.of())))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("zone");
              assertThat(p.message()).contains("Mars/Olympus");
            });
  }

  @Test
  void missingDeviceAndFeatureAreRefused() {
    ScheduleSettings none =
        new ScheduleSettings(
            null,
            "n",
            99L,
            List.of(),
            LocalDate.parse("2027-02-01"),
            LocalTime.NOON,
            "UTC",
            Frequency.DAILY,
            Set.of());

    assertThat(problems(none))
        .extracting(FieldProblem::field)
        .containsExactly("device", "features");
  }

  private static List<FieldProblem> problems(ScheduleSettings settings) {
    return ScheduleRules.check(
        settings, Optional.empty(), List.of(), List.of(7L), List.of("DEMO"), NOW);
  }

  private static ScheduleSettings weekly(String name) {
    return settings(
        name, Frequency.WEEKLY, "2027-02-01", "Europe/Berlin", Set.of(DayOfWeek.MONDAY));
  }

  private static ScheduleSettings settings(
      String name, Frequency frequency, String date, String zone, Set<DayOfWeek> days) {
    return new ScheduleSettings(
        null,
        name,
        7L,
        List.of("DEMO"),
        LocalDate.parse(date),
        LocalTime.of(10, 0),
        zone,
        frequency,
        days);
  }
}
