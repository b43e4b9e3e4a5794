package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.drs.testing.FidelityTree;
import org.drs.testing.Shell;
import org.drs.testing.SparseFiles;
import org.drs.testing.TreeSnapshot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore gives back exactly what was backed up, through the real jobs: modes, owners, times,
 * links and hard links of a tree whose registered path is itself a symbolic link, also when the
 * staging area is on another file system; and everything DRS writes for itself is owner-only.
 */
class RestoreFidelityIT extends AdminPagesSession {

  private static final String STAGING = "system-property=drs.restore.staging-directory";

  @TempDir Path device;

  @Deployment(testable = false)
  static EnterpriseArchive drs() throws Exception {
    installFidelityFeature();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeFidelityFeature() throws IOException {
    Files.deleteIfExists(registration());
  }

  @Test
  void restoreGivesBackModesOwnersTimesLinksAndHardLinks() throws Exception {
    assertRoundTrip();
  }

  @Test
  void fidelityHoldsWithStagingOnAnotherFileSystem() throws Exception {
    Path shm = Files.createTempDirectory(Path.of("/dev/shm"), "drs-staging");
    try (ServerModel server = new ServerModel()) {
      String configured = server.execute(STAGING, "read-attribute", "name", "value").asString();
      server.execute(STAGING, "write-attribute", "name", "value", "value", shm.toString());
      try {
        assertThat(Files.getFileStore(shm).type())
            .isNotEqualTo(Files.getFileStore(release()).type());
        assertRoundTrip();
      } finally {
        server.execute(STAGING, "write-attribute", "name", "value", "value", configured);
        Files.deleteIfExists(shm);
      }
    }
  }

  /** A 1 GiB database file holding little data must not come back as 1 GiB of disk. */
  @Test
  void sparseFileComesBackUsingAboutAsMuchDiskAsItHad() throws Exception {
    Path image = SparseFiles.create(release().resolve("disk.img"), 1L << 30);
    try {
      long diskBefore = SparseFiles.diskBytes(image);
      long deviceId = backups.localDevice("local", device);
      assertThat(backups.awaitEnd(backups.backUp(deviceId, "FIDELITY"))).isEqualTo("SUCCESS");
      Files.delete(image);

      RestorePages restores = new RestorePages();
      restores.summary(deviceId, "FIDELITY");
      assertThat(restores.restore()).contains("<redirect");
      assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");

      assertThat(Files.size(image)).isEqualTo(1L << 30);
      assertThat(SparseFiles.diskBytes(image))
          .as("disk used by the restored 1 GiB file (%d bytes before)", diskBefore)
          .isLessThanOrEqualTo(diskBefore + (1 << 20));
      assertThat(Shell.run("tail -c 3 " + image)).isEqualTo("end");
    } finally {
      Files.deleteIfExists(image);
    }
  }

  @Test
  void setsExtractWithGnuTarAndBsdtarWithoutWarnings() throws Exception {
    long deviceId = backups.localDevice("local", device);
    Path pipe = release().resolve("pipe");
    Shell.run("mkfifo " + pipe);
    long jobId;
    try {
      jobId = backups.backUp(deviceId, "FIDELITY");
      assertThat(backups.awaitEnd(jobId)).isEqualTo("SUCCESS");
    } finally {
      Files.delete(pipe);
    }
    assertThat(backups.log(jobId)).contains("FIDELITY/FILES: skipped pipe: a FIFO is not archived");
    Path archive = BackupSets.onlyFile(device, "_FIDELITY_FILES.tar.zst");

    String gnu = Shell.run("zstd -dc " + archive + " | tar -tvf - --numeric-owner");
    String bsd = Shell.run("zstd -dc " + archive + " | bsdtar -tvf - --numeric-owner");

    assertThat(gnu).contains("-rw-------", "drwxrwsr-x", "65534/65534", "./\n");
    assertThat(bsd).contains("-rw-------", "drwxrwsr-x");
  }

  @Test
  void everythingDrsWritesForItselfIsOwnerOnly() throws Exception {
    long deviceId = backups.localDevice("local", device);
    long jobId = backups.backUp(deviceId, "FIDELITY");
    assertThat(backups.awaitEnd(jobId)).isEqualTo("SUCCESS");

    try (Stream<Path> files = Files.list(device)) {
      for (Path file : files.toList()) {
        assertThat(mode(file)).as(file.toString()).isEqualTo(0600);
      }
    }
    Path platform = TestServer.home().resolve("standalone/data/drs/platform");
    assertThat(mode(platform)).isEqualTo(0700);
    assertThat(mode(platform.resolve("drfDevice.xml"))).isEqualTo(0600);
    Path jobLogs = TestServer.home().resolve("standalone/log/drs/jobs");
    assertThat(mode(jobLogs)).isEqualTo(0700);
    try (Stream<Path> logs = Files.list(jobLogs)) {
      assertThat(logs.toList()).allSatisfy(log -> assertThat(mode(log)).isEqualTo(0600));
    }
    assertThat(mode(TestServer.home().resolve("standalone/data/drs/staging"))).isEqualTo(0700);
  }

  private void assertRoundTrip() throws Exception {
    TreeSnapshot backedUp = TreeSnapshot.of(release());
    long deviceId = backups.localDevice("local", device);
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "FIDELITY"))).isEqualTo("SUCCESS");
    Files.delete(release().resolve("key.pem"));
    Files.writeString(release().resolve("app.conf"), "changed");
    Files.setAttribute(release().resolve("run.sh"), "unix:mode", 0777);

    RestorePages restores = new RestorePages();
    assertThat(restores.summary(deviceId, "FIDELITY"))
        .as("the summary names where the link points")
        .contains(release().toString());
    assertThat(restores.restore()).contains("<redirect");
    assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");

    assertThat(TreeSnapshot.of(release())).isEqualTo(backedUp);
    assertThat(Files.readSymbolicLink(current())).isEqualTo(release().getFileName());
    assertThat(restores.newestLog()).doesNotContain("were not applied");
  }

  private static int mode(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  private static Path home() {
    return TestServer.home().resolve("standalone/data/it-fidelity");
  }

  private static Path release() {
    return home().resolve("release-42");
  }

  /** The registered path: a symbolic link to the release, as application installs often have. */
  private static Path current() {
    return home().resolve("current");
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/it-fidelity.xml");
  }

  /** The shared fidelity tree, registered through a symbolic link to it. */
  private static void installFidelityFeature() throws Exception {
    if (Files.exists(home())) {
      Shell.run("rm -rf " + home());
    }
    Path release = FidelityTree.create(release());
    Files.createSymbolicLink(current(), release.getFileName());
    Files.writeString(
        registration(),
        """
        <feature xmlns="urn:drs:registration:1" name="FIDELITY" version="1.0">
          <component name="FILES"><directory path="%s"/></component>
        </feature>
        """
            .formatted(current()));
  }
}
