package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scheduler against the real server: the guide's rules, timers whose container next timeouts
 * are DRS's own next runs across daylight-saving transitions, a Once schedule that runs the real
 * backup job, a run skipped while another job holds the platform lock, and schedules restored with
 * DRS's settings.
 */
@PersistenceTest
class ScheduleIT extends AdminPagesSession {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final List<String> NO_DAYS = List.of();

  @TempDir Path directory;
  private SchedulePages schedules;
  private long deviceId;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeTestFeatures() throws Exception {
    TestFeatures.remove();
  }

  @BeforeEach
  void addDevice() throws Exception {
    TestFeatures.holdSlow();
    schedules = new SchedulePages();
    deviceId = backups.localDevice("scheduled", directory);
  }

  /** Runs before the devices are removed, which schedules would otherwise keep. */
  @AfterEach
  void deleteSchedules() throws Exception {
    TestFeatures.releaseSlow();
    schedules.deleteAll();
  }

  @Test
  void onceScheduleRunsTheRealBackupJobAsTheSchedule() throws Exception {
    // Far enough ahead that the save, which refuses a start in the past, is surely before it.
    LocalDateTime soon =
        LocalDateTime.now(ZoneOffset.UTC).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);

    assertThat(
            schedules.press(
                null,
                "enable",
                SchedulePages.fields("soon", deviceId, soon, "UTC", "ONCE", NO_DAYS)))
        .contains("saved and enabled");

    assertThat(schedules.awaitLastResult("soon")).isEqualTo("SUCCESS");
    assertThat(backups.awaitNewestResult()).isEqualTo("SUCCESS");
    assertThat(schedules.historyPage()).contains("schedule soon");
    assertThat(BackupSets.onlyFile(directory, "_DEMO_FILES.tar.zst")).exists();
    assertThat(schedules.row("soon")).contains("Disabled");
    assertThat(SchedulePages.armedTimers()).doesNotContainKey(schedules.id("soon"));
  }

  @Test
  void armedTimerFiresAtTheShiftedTimeOnTheSpringForwardDayAndTheFirstOccurrenceOnFallBack()
      throws Exception {
    LocalDate springForward = nextTransition(ZoneOffsetTransition::isGap);
    LocalDate fallBack = nextTransition(ZoneOffsetTransition::isOverlap);

    schedules.press(
        null,
        "enable",
        SchedulePages.fields(
            "spring", deviceId, springForward.atTime(2, 30), NEW_YORK.getId(), "DAILY", NO_DAYS));
    schedules.press(
        null,
        "enable",
        SchedulePages.fields(
            "fall", deviceId, fallBack.atTime(1, 30), NEW_YORK.getId(), "DAILY", NO_DAYS));

    Instant shifted = ZonedDateTime.of(springForward, LocalTime.of(3, 30), NEW_YORK).toInstant();
    Instant first =
        OffsetDateTime.of(fallBack, LocalTime.of(1, 30), ZoneOffset.ofHours(-4)).toInstant();
    Map<Long, List<Instant>> armed = SchedulePages.armedTimers();
    assertThat(armed.get(schedules.id("spring"))).containsExactly(shifted);
    assertThat(armed.get(schedules.id("fall"))).containsExactly(first);
    assertThat(schedules.row("spring")).contains(springForward + " 03:30 EDT");
    assertThat(schedules.row("fall")).contains(fallBack + " 01:30 EDT");
  }

  @Test
  void editingReplacesTheTimerAndDisablingRemovesIt() throws Exception {
    LocalDateTime start =
        LocalDateTime.now(ZoneOffset.UTC)
            .plusDays(2)
            .withHour(4)
            .withMinute(0)
            .truncatedTo(ChronoUnit.MINUTES);
    schedules.press(
        null, "enable", SchedulePages.fields("edited", deviceId, start, "UTC", "DAILY", NO_DAYS));
    long id = schedules.id("edited");

    schedules.press(
        id,
        "save",
        SchedulePages.fields("edited", deviceId, start.withHour(5), "UTC", "DAILY", NO_DAYS));

    assertThat(SchedulePages.armedTimers().get(id))
        .containsExactly(start.withHour(5).toInstant(ZoneOffset.UTC));
    assertThat(backups.get("/drs/index.xhtml")).contains("edited at");
    schedules.pressOnList("disable-selected", List.of(id));
    assertThat(SchedulePages.armedTimers()).doesNotContainKey(id);
    assertThat(schedules.row("edited")).contains("Disabled");
    schedules.pressOnList("enable-selected", List.of(id));
    assertThat(SchedulePages.armedTimers().get(id)).hasSize(1);
  }

  @Test
  void badInputIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
    LocalDateTime future = LocalDateTime.now(ZoneOffset.UTC).plusDays(1);
    LocalDateTime past = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);

    assertThat(
            schedules.press(
                null, "save", SchedulePages.fields("past", deviceId, past, "UTC", "ONCE", NO_DAYS)))
        .contains("must start in the future");
    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("nodays", deviceId, future, "UTC", "WEEKLY", NO_DAYS)))
        .contains("Choose the days of the week");
    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("zone", deviceId, future, "Mars/Olympus", "DAILY", NO_DAYS)))
        .contains("Unknown time zone 'Mars/Olympus'");
    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("bad/name", deviceId, future, "UTC", "DAILY", NO_DAYS)))
        .contains("Use only letters A-Z");
    Map<String, Object> noFeature =
        SchedulePages.fields("nofeature", deviceId, future, "UTC", "DAILY", NO_DAYS);
    noFeature.remove("features");
    assertThat(schedules.press(null, "save", noFeature)).contains("Select at least one feature");
    assertThat(devices.alarmsPage()).contains("CiscoDRFNoRegisteredFeature");
    assertThat(schedules.listPage()).doesNotContain(">past<", ">nodays<", ">zone<", ">nofeature<");

    schedules.press(
        null, "save", SchedulePages.fields("Twin", deviceId, future, "UTC", "DAILY", NO_DAYS));
    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("twin", deviceId, future, "UTC", "DAILY", NO_DAYS)))
        .contains("A schedule named 'twin' exists already");
  }

  @Test
  void atMostTenSchedulesAndTheDefaultOneKeepsItsNameAndCannotBeDeleted() throws Exception {
    LocalDateTime future = LocalDateTime.now(ZoneOffset.UTC).plusDays(1);
    long defaultId = schedules.id("default");
    for (int i = schedules.ids().size(); i < 10; i++) {
      assertThat(
              schedules.press(
                  null,
                  "save",
                  SchedulePages.fields("s" + i, deviceId, future, "UTC", "DAILY", NO_DAYS)))
          .contains("saved");
    }
    assertThat(schedules.ids()).hasSize(10);

    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("eleventh", deviceId, future, "UTC", "DAILY", NO_DAYS)))
        .contains("at most 10 schedules");
    assertThat(schedules.schedulerPage(defaultId))
        .containsPattern("id=\"scheduler-form:name\"[^>]*value=\"default\"[^>]*readonly");
    assertThat(schedules.deleteAll()).contains("cannot be deleted and was kept");
    assertThat(schedules.ids()).containsExactly(defaultId);
  }

  @Test
  void setDefaultFillsWeeklyTuesdayToSaturday() throws Exception {
    String page = schedules.press(null, "set-default", Map.of("name", "weekly"));

    assertThat(page).containsPattern("value=\"WEEKLY\"[^>]*checked");
    for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")) {
      assertThat(page).containsPattern("value=\"" + day + "\"[^>]*checked");
    }
    assertThat(page).doesNotContainPattern("value=\"MONDAY\"[^>]*checked");
  }

  @Test
  void deviceThatAScheduleUsesCannotBeDeleted() throws Exception {
    schedules.press(
        null,
        "save",
        SchedulePages.fields(
            "keeps-device", deviceId, LocalDateTime.now().plusDays(1), "UTC", "DAILY", NO_DAYS));

    FacesForm list = devices.listForm();
    assertThat(
            list.press(
                "delete-selected", true, Map.of("devices_selection", String.valueOf(deviceId))))
        .contains("cannot be deleted", "schedule keeps-device");
    assertThat(devices.deviceIds()).contains(deviceId);
  }

  @Test
  void runDueWhileAnotherJobRunsIsSkippedWithAnAlarmAndChangesWaitForTheLock() throws Exception {
    // Schedules cannot be changed while a job runs, so the schedule comes first and its run is due
    // far enough ahead that the slow backup, which then holds the lock until released, has started.
    LocalDateTime due =
        LocalDateTime.now(ZoneOffset.UTC).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    assertThat(
            schedules.press(
                null,
                "enable",
                SchedulePages.fields("busy", deviceId, due, "UTC", "ONCE", NO_DAYS)))
        .contains("saved and enabled");
    long slow = backups.backUp(deviceId, "SLOW");

    assertThat(
            schedules.press(
                null,
                "save",
                SchedulePages.fields("locked", deviceId, due.plusDays(1), "UTC", "DAILY", NO_DAYS)))
        .contains("DRS cannot change schedules while backup");
    assertThat(schedules.awaitLastResult("busy")).isEqualTo("SKIPPED");
    TestFeatures.releaseSlow();
    assertThat(backups.awaitEnd(slow)).isEqualTo("SUCCESS");
    assertThat(schedules.historyPage()).contains("SKIPPED", "schedule busy");
    assertThat(devices.alarmsPage()).contains("CiscoDRFBackupInProgress");
  }

  @Test
  void drsSettingsRestoreBringsBackTheSchedulesOfTheBackup() throws Exception {
    LocalDateTime start =
        LocalDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
    schedules.press(
        null, "enable", SchedulePages.fields("kept", deviceId, start, "UTC", "DAILY", NO_DAYS));
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    schedules.pressOnList("delete-selected", List.of(schedules.id("kept")));
    schedules.press(
        null, "save", SchedulePages.fields("added", deviceId, start, "UTC", "DAILY", NO_DAYS));

    RestorePages restores = new RestorePages();
    restores.summary(deviceId, "DRS");
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");
    assertThat(schedules.listPage()).contains(">kept<").doesNotContain(">added<");
    assertThat(schedules.row("kept")).contains("Enabled");
    assertThat(SchedulePages.armedTimers().get(schedules.id("kept")))
        .containsExactly(start.toInstant(ZoneOffset.UTC));
    assertThat(
            Files.readString(
                TestServer.home().resolve("standalone/data/drs/platform/drfSchedule.xml")))
        .contains("name=\"kept\"", "device=\"scheduled\"")
        .doesNotContain("name=\"added\"");
  }

  /**
   * The date of New York's next transition of the kind, at least two days ahead: on the day itself
   * the 01:30 or 02:30 start may already have passed, which moves the next run a day on.
   */
  private static LocalDate nextTransition(Predicate<ZoneOffsetTransition> kind) {
    ZoneOffsetTransition transition =
        NEW_YORK.getRules().nextTransition(Instant.now().plus(2, ChronoUnit.DAYS));
    while (!kind.test(transition)) {
      transition = NEW_YORK.getRules().nextTransition(transition.getInstant());
    }
    return transition.getDateTimeBefore().toLocalDate();
  }
}
