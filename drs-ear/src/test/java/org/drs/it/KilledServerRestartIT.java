package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What DRS finds when the server was killed (SIGKILL, as a power cut) in the middle of a backup,
 * with the history full (it keeps its last 20 jobs) and a Once schedule falling due while the
 * server is down: at the next start the backup is FAILED, its unfinished files are gone and the
 * lock is free; the schedule's run is MISSED, not run late, and the other schedule's timer is there
 * exactly once. Crashes at each point of a backup's commit and a restore's swap are {@link
 * CrashPointsRestartIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class KilledServerRestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";
  private static final Pattern HISTORY_ROW = Pattern.compile("class=\"history-result\"");

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() throws Exception {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @Test
  void jobsAndSchedulesInterruptedByAKilledServerAreSettledAtTheNextStart() throws Exception {
    Path device = Files.createTempDirectory("drs-restart-device");
    controller.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try {
      long deviceId = new BackupPages(new DevicePages()).localDevice("restart", device);
      backupKilledWithAFullHistoryAndAScheduleDueWhileDown(deviceId, device);
      new SchedulePages().deleteAll();
      new DevicePages().deleteAll();
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
      TestFeatures.remove();
    }
  }

  private void backupKilledWithAFullHistoryAndAScheduleDueWhileDown(long deviceId, Path device)
      throws Exception {
    BackupPages backups = new BackupPages(new DevicePages());
    for (int i = 0; i < 21; i++) {
      assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    }
    assertThat(historyRows(backups)).isEqualTo(20);

    SchedulePages schedules = new SchedulePages();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    // Due well after the next few requests and the kill, which take a few seconds; the server then
    // stays down until the time has passed.
    LocalDateTime dueWhileDown = now.plusSeconds(15);
    LocalDateTime tomorrow = now.plusDays(1);
    enable(schedules, "while-down", deviceId, dueWhileDown, "ONCE");
    enable(schedules, "daily", deviceId, tomorrow, "DAILY");
    long daily = schedules.id("daily");
    assertThat(SchedulePages.armedTimers()).containsOnlyKeys(daily, schedules.id("while-down"));

    long killed = backups.backUp(deviceId, "SLOW");
    backups.awaitLogLine(killed, "SLOW/WAIT started");
    killServer();
    Instant due = dueWhileDown.toInstant(ZoneOffset.UTC);
    assertThat(Instant.now()).as("the server was killed before the run fell due").isBefore(due);
    // A deliberate wall-clock wait: the run must fall due while the server is down.
    Thread.sleep(Duration.between(Instant.now(), due.plusSeconds(1)).toMillis());
    controller.start(CONTAINER);

    BackupPages history = new BackupPages(new DevicePages());
    assertThat(history.awaitRecordedResult(killed)).isEqualTo("FAILED");
    assertThat(history.historyPage()).contains("The server stopped while this job ran");
    assertThat(historyRows(history)).isEqualTo(20);
    try (var files = Files.list(device)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }

    SchedulePages afterRestart = new SchedulePages();
    assertThat(afterRestart.awaitLastResult("while-down")).isEqualTo("MISSED");
    assertThat(afterRestart.historyPage()).contains("Missed: due at", "schedule while-down");
    assertThat(afterRestart.row("while-down")).contains("Disabled");
    assertThat(SchedulePages.armedTimers()).containsOnlyKeys(daily);
    assertThat(SchedulePages.armedTimers().get(daily))
        .containsExactly(tomorrow.toInstant(ZoneOffset.UTC));
    try (var files = Files.list(device)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no backup made by the missed run")
          .filteredOn(n -> n.endsWith("_drfComponent.xml"))
          .hasSize(3);
    }

    DevicePages devices = new DevicePages();
    assertThat(
            devices.devicePage(deviceId).press("save", true, DevicePages.local("restart", device)))
        .as("the platform lock is free")
        .contains("<redirect");
  }

  private void killServer() {
    TestServer.killNow();
    controller.kill(CONTAINER);
  }

  private static void enable(
      SchedulePages schedules, String name, long deviceId, LocalDateTime start, String frequency)
      throws Exception {
    assertThat(
            schedules.press(
                null,
                "enable",
                SchedulePages.fields(name, deviceId, start, "UTC", frequency, List.of())))
        .contains("saved and enabled");
  }

  private static long historyRows(BackupPages backups) throws Exception {
    return HISTORY_ROW.matcher(backups.historyPage()).results().count();
  }
}
