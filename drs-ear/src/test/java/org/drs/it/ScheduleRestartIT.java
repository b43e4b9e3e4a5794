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
 * Schedules across restarts of the server: each enabled schedule's timer is there exactly once, and
 * a run that fell due while the server was down is recorded as MISSED and is not run late.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class ScheduleRestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void timersAreThereOnceAfterRestartsAndARunDueWhileDownIsMissed() throws Exception {
    Path directory = Files.createTempDirectory("drs-schedule-restart");
    controller.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try {
      BackupPages backups = new BackupPages(new DevicePages());
      long deviceId = backups.localDevice("restart-schedules", directory);
      SchedulePages schedules = new SchedulePages();
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      LocalDateTime dueWhileDown = now.plusSeconds(20);
      schedules.press(
          null,
          "enable",
          SchedulePages.fields("daily", deviceId, now.plusDays(1), "UTC", "DAILY", List.of()));
      schedules.press(
          null,
          "enable",
          SchedulePages.fields("while-down", deviceId, dueWhileDown, "UTC", "ONCE", List.of()));
      long daily = schedules.id("daily");
      long whileDown = schedules.id("while-down");
      assertThat(SchedulePages.armedTimers()).containsOnlyKeys(daily, whileDown);

      controller.stop(CONTAINER);
      Instant due = dueWhileDown.toInstant(ZoneOffset.UTC);
      assertThat(Instant.now()).as("the server stopped before the run fell due").isBefore(due);
      Thread.sleep(Duration.between(Instant.now(), due.plusSeconds(1)).toMillis());
      controller.start(CONTAINER);

      SchedulePages afterRestart = new SchedulePages();
      assertThat(afterRestart.awaitLastResult("while-down")).isEqualTo("MISSED");
      assertThat(afterRestart.historyPage()).contains("Missed: due at", "schedule while-down");
      assertThat(afterRestart.row("while-down")).contains("Disabled");
      try (var files = Files.list(directory)) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("_DEMO_"));
      }
      assertThat(SchedulePages.armedTimers()).containsOnlyKeys(daily);
      assertThat(SchedulePages.armedTimers().get(daily)).hasSize(1);

      controller.stop(CONTAINER);
      controller.start(CONTAINER);
      assertThat(SchedulePages.armedTimers()).containsOnlyKeys(daily);
      assertThat(SchedulePages.armedTimers().get(daily))
          .containsExactly(now.plusDays(1).toInstant(ZoneOffset.UTC));

      SchedulePages cleanup = new SchedulePages();
      cleanup.deleteAll();
      new DevicePages().deleteAll();
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
    }
  }
}
