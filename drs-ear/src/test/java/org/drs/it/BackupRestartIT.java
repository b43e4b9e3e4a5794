package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Backups across a server that is killed in the middle of one: the history keeps its last 20 jobs,
 * the interrupted job is marked FAILED at the next start, its unfinished files are gone and the
 * platform lock is free again.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class BackupRestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";
  private static final Pattern HISTORY_ROW = Pattern.compile("class=\"history-result\"");

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @Test
  void historyKeepsTwentyAndAKilledBackupIsCleanedUpAtStart() throws Exception {
    Path device = Files.createTempDirectory("drs-restart-device");
    controller.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try {
      DevicePages devices = new DevicePages();
      BackupPages backups = new BackupPages(devices);
      long deviceId = backups.localDevice("restart", device);
      for (int i = 0; i < 21; i++) {
        backups.startBackup(deviceId, "DEMO");
        assertThat(backups.awaitNewestResult()).isEqualTo("SUCCESS");
      }
      assertThat(historyRows(backups)).isEqualTo(20);

      backups.startBackup(deviceId, "SLOW");
      controller.kill(CONTAINER);
      controller.start(CONTAINER);

      DevicePages afterRestart = new DevicePages();
      BackupPages history = new BackupPages(afterRestart);
      assertThat(history.awaitNewestResult()).isEqualTo("FAILED");
      assertThat(history.historyPage()).contains("The server stopped while this job ran");
      assertThat(historyRows(history)).isEqualTo(20);
      try (var files = Files.list(device)) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("."));
      }
      assertThat(
              afterRestart
                  .devicePage(deviceId)
                  .press("save", true, DevicePages.local("restart", device)))
          .contains("<redirect");
      afterRestart.deleteAll();
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
      TestFeatures.remove();
    }
  }

  private static long historyRows(BackupPages backups) throws Exception {
    return HISTORY_ROW.matcher(backups.historyPage()).results().count();
  }
}
