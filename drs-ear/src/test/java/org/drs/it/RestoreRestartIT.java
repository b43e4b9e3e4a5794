package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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
 * A restore whose server is killed in the middle of the swap, after the first component was
 * replaced and while the second one's script runs: at the next start the first component is put
 * back, the job is FAILED, nothing of the swap is left beside the data, and the lock is free.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class RestoreRestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() throws Exception {
    Files.createDirectories(files());
    Path script = home().resolve("slow-restore.sh");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "case \"$1\" in\n"
            + "  backup) echo settings > \"$2/settings.txt\" ;;\n"
            // Only the restore of the staged copy is slow; putting back the kept copy is quick.
            + "  restore) case \"$2\" in */old/*) ;; *) touch '"
            + swapping()
            + "'; sleep 60 ;; esac ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        registration(),
        """
        <feature xmlns="urn:drs:registration:1" name="SWAP" version="1.0">
          <component name="FILES"><directory path="%s"/></component>
          <component name="SETTINGS"><script path="%s"/></component>
        </feature>
        """
            .formatted(files(), script));
    return TestServer.drsEar();
  }

  @Test
  void restoreKilledInTheSwapIsPutBackAtStart() throws Exception {
    Path device = Files.createTempDirectory("drs-restore-restart-device");
    controller.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try {
      DevicePages devices = new DevicePages();
      devices.deleteAll();
      BackupPages backups = new BackupPages(devices);
      Files.writeString(files().resolve("data.txt"), "as backed up");
      long deviceId = backups.localDevice("restart", device);
      backups.startBackup(deviceId, "SWAP");
      assertThat(backups.awaitNewestResult()).isEqualTo("SUCCESS");
      Files.writeString(files().resolve("data.txt"), "live");
      Files.deleteIfExists(swapping());

      RestorePages restores = new RestorePages();
      restores.summary(deviceId, "SWAP");
      assertThat(restores.restore()).contains("<redirect");
      awaitFile(swapping());
      assertThat(files().resolve("data.txt")).hasContent("as backed up");
      TestServer.killNow();
      controller.kill(CONTAINER);
      controller.start(CONTAINER);

      RestorePages afterRestart = new RestorePages();
      assertThat(afterRestart.awaitNewestResult()).isEqualTo("FAILED");
      assertThat(afterRestart.historyPage()).contains("what it had changed was put back");
      assertThat(files().resolve("data.txt")).hasContent("live");
      try (var beside = Files.list(files().getParent())) {
        assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".drs-"));
      }
      Path staging = TestServer.home().resolve("standalone/data/drs/staging");
      try (var left = Files.list(staging)) {
        assertThat(left).isEmpty();
      }
      BackupPages again = new BackupPages(new DevicePages());
      again.startBackup(deviceId, "SWAP");
      assertThat(again.awaitNewestResult()).isEqualTo("SUCCESS");
      new DevicePages().deleteAll();
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
      Files.deleteIfExists(registration());
    }
  }

  private static void awaitFile(Path file) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (!Files.exists(file)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The restore never reached the swap of its second component");
      }
      Thread.sleep(100);
    }
  }

  private static Path home() {
    return TestServer.home().resolve("standalone/data/it-swap");
  }

  private static Path files() {
    return home().resolve("files");
  }

  /** Made by the second component's restore script: the first one has been swapped by then. */
  private static Path swapping() {
    return home().resolve("swapping");
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/it-swap.xml");
  }
}
