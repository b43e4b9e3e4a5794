package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.drs.it.TamperedSets.Entry;
import org.drs.security.SecretBox;
import org.drs.testing.HostileTar;
import org.drs.testing.OpenSshServer;
import org.drs.testing.Shell;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restores of the demo feature through the Restore Wizard and the real restore job: a round trip
 * brings back files and rows exactly, and every refused or failed case leaves the target, its
 * parent, a sibling, the database and /tmp as they were.
 */
class RestoreIT extends AdminPagesSession {

  private static final String HOLD_AT = "system-property=drs.test.hold-at";
  private static final String HOLD_GATE = "system-property=drs.test.hold-gate";

  @TempDir Path device;
  private RestorePages restores;
  private long deviceId;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @BeforeEach
  void backUpTheDemoFeature() throws Exception {
    restores = new RestorePages();
    DemoData.createSibling();
    deviceId = backups.localDevice("local", device);
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
  }

  @Test
  @PersistenceTest
  void roundTripBringsBackFilesAndRowsExactly() throws Exception {
    Map<String, String> files = BackupSets.checksums(DemoData.files());
    String rows = DemoData.rows();
    Files.delete(DemoData.files().resolve(files.keySet().iterator().next()));
    Files.writeString(DemoData.files().resolve("config/app.properties"), "greeting=changed\n");
    Files.writeString(DemoData.files().resolve("added-later.txt"), "not in the backup");
    DemoData.changeDatabase();

    String summary = restores.summary(deviceId, "DEMO");
    assertThat(summary).contains("DEMO/FILES", "DEMO/DB", DemoData.files().toString());
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");
    assertThat(BackupSets.checksums(DemoData.files())).isEqualTo(files);
    assertThat(DemoData.rows()).isEqualTo(rows);
    assertThat(restores.statusPage()).contains("SUCCESS", "Restart the applications of DEMO");
    assertThat(restores.historyPage()).contains("DEMO", "local", "user " + TestServer.adminUser());
    assertThat(swapLeftovers()).isEmpty();
  }

  @Test
  @PersistenceTest
  void drsSettingsBringBackTheDeviceListOfTheBackup() throws Exception {
    backups.localDevice("extra", Files.createTempDirectory("drs-extra-device"));

    assertThat(restores.summary(deviceId, "DRS")).contains("DRS/PLATFORM", "backup device list");
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");
    assertThat(devices.listPage()).contains("local").doesNotContain("extra");
    assertThat(Files.readString(DevicePages.exportFile()))
        .contains("name=\"local\"")
        .doesNotContain("extra");
  }

  @Test
  void devicesSealedUnderAnotherSecurityPasswordComeBackWithoutTheirSecrets() throws Exception {
    String sealedElsewhere = new SecretBox("another server's password".toCharArray()).seal("pw");
    TamperedSets.replace(
        device,
        BackupSets.onlyFile(device, "_DRS_PLATFORM.tar.zst"),
        Entry.file(
            "drfDevice.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <drfDevices xmlns="urn:drs:devices:1">
              <device name="local" type="LOCAL" path="%s" backupsToStore="3" compression="ZSTD"/>
              <device name="nas" type="SFTP" path="/srv/backups" backupsToStore="5" compression="ZSTD">
                <sftp host="192.0.2.10" port="22" user="drs" sealedPassword="%s"/>
              </device>
            </drfDevices>
            """
                .formatted(device, sealedElsewhere)));

    restores.summary(deviceId, "DRS");
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("SUCCESS");
    assertThat(restores.historyPage()).contains("Backup devices nas came back without");
    assertThat(devices.listPage()).contains("nas", "Restored without its password or key");
    assertThat(Files.readString(DevicePages.exportFile()))
        .contains("name=\"nas\"")
        .doesNotContain(sealedElsewhere);
  }

  @Test
  void otherFeatureVersionIsRefusedAtTheFeaturesStep() throws Exception {
    TamperedSets.recordVersion(device, "DEMO", "0.9.0");
    Map<String, String> before = DemoData.snapshot();

    restores.chooseNewestSet(restores.chooseDevice(deviceId));
    String refused = restores.chooseFeature("DEMO");

    assertThat(refused).contains("backed up at version 0.9.0", "this server has version 1.0.0");
    assertThat(DemoData.snapshot()).isEqualTo(before);
  }

  @Test
  void alteredByteFailsTheRestoreAndChangesNothing() throws Exception {
    TamperedSets.alterByte(BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"), 100);

    assertRestoreFailsAndChangesNothing("CiscoDRFRestoreFailure", "DEMO/FILES could not be staged");
  }

  @Test
  void truncatedFileFailsTheRestoreAndChangesNothing() throws Exception {
    TamperedSets.truncate(BackupSets.onlyFile(device, "_DEMO_DB.tar.zst"));

    assertRestoreFailsAndChangesNothing("CiscoDRFRestoreFailure", "DEMO/DB could not be staged");
  }

  @Test
  void manifestRemovedBeforeRestoreIsRefused() throws Exception {
    Map<String, String> before = DemoData.snapshot();
    restores.summary(deviceId, "DEMO");
    Files.delete(BackupSets.onlyFile(device, "_drfComponent.xml"));

    String refused = restores.restore();

    assertThat(refused).doesNotContain("<redirect").contains("is not on device local");
    assertThat(DemoData.snapshot()).isEqualTo(before);
  }

  @Test
  void entryClimbingOutIsASecurityViolation() throws Exception {
    assertEntriesRefused(Entry.file("../escape", "outside"));
  }

  @Test
  void absoluteEntryIsASecurityViolation() throws Exception {
    assertEntriesRefused(Entry.file("/tmp/abs", "outside"));
  }

  @Test
  void fileThroughASymbolicLinkToTmpIsASecurityViolation() throws Exception {
    assertEntriesRefused(
        Entry.link("tmp", "/tmp", TarConstants.LF_SYMLINK), Entry.file("tmp/planted", "outside"));
  }

  @Test
  void hardLinkToEtcPasswdIsASecurityViolation() throws Exception {
    assertEntriesRefused(Entry.link("passwd", "/etc/passwd", TarConstants.LF_LINK));
  }

  @Test
  void deviceNodeIsASecurityViolation() throws Exception {
    assertEntriesRefused(Entry.special("console", TarConstants.LF_CHR));
  }

  @Test
  void linkChainThatLeavesOnlyOnceLaterLinksExistIsASecurityViolation() throws Exception {
    // d/l -> x/.. stays inside while x is missing; d/x -> .. then makes it the parent of the data.
    assertEntriesRefused(
        Entry.special("d/", TarConstants.LF_DIR),
        Entry.link("d/l", "x/..", TarConstants.LF_SYMLINK),
        Entry.link("d/x", "..", TarConstants.LF_SYMLINK));
  }

  @Test
  void fileWrittenThroughAnInsideLinkIsASecurityViolation() throws Exception {
    assertEntriesRefused(
        Entry.special("config/", TarConstants.LF_DIR),
        Entry.link("alias", "config", TarConstants.LF_SYMLINK),
        Entry.file("alias/app.properties", "through the link"));
  }

  @Test
  void linkReplacedByADirectoryIsASecurityViolation() throws Exception {
    assertEntriesRefused(
        Entry.link("here", ".", TarConstants.LF_SYMLINK),
        Entry.special("here/", TarConstants.LF_DIR));
  }

  @Test
  void directoryReplacedByALinkIsASecurityViolation() throws Exception {
    assertEntriesRefused(
        Entry.special("conf/", TarConstants.LF_DIR),
        Entry.link("conf", "/tmp", TarConstants.LF_SYMLINK));
  }

  @Test
  void nameThatAppearsTwiceIsASecurityViolation() throws Exception {
    assertEntriesRefused(Entry.file("app.conf", "first"), Entry.file("app.conf", "second"));
  }

  /**
   * A set file that keeps growing while it is read (here zeros appended without end) is read no
   * further than its recorded size plus one byte, and the lock is free again.
   */
  @Test
  void deviceFileThatKeepsGrowingFailsTheRestoreAtItsRecordedSize() throws Exception {
    Path file = BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst");
    long recorded = Files.size(file);
    Process growing =
        new ProcessBuilder(
                "sh", "-c", "while head -c 65536 /dev/zero >> " + file + "; do sleep 0.01; done")
            .start();
    try {
      assertRestoreFailsAndChangesNothing(
          "CiscoDRFRestoreFailure", "more than " + recorded + " bytes");
    } finally {
      growing.destroyForcibly().waitFor();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(recorded);
    }
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
  }

  /** A FIFO put in place of a set file would block a restore forever: it is refused at once. */
  @Test
  void fifoInPlaceOfASetFileIsRefusedWithoutWaiting() throws Exception {
    Path file = BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst");
    Files.delete(file);
    Shell.run("mkfifo -m 600 " + file);

    assertRestoreFailsAndChangesNothing("CiscoDRFRestoreDeviceError", "is not a regular file");
  }

  @Test
  void longNameBombFailsTheRestoreWithoutExhaustingTheServer() throws Exception {
    byte[] bomb = HostileTar.headerOnly("././@LongLink", 'L', 8L << 30);
    TamperedSets.replaceRaw(
        device, BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"), bomb, bomb.length);
    try (ServerModel server = new ServerModel()) {
      long heapBefore = server.heapUsedAfterGc();

      assertRestoreFailsAndChangesNothing(
          "CiscoDRFRestoreFailure", "a long name of 8589934592 bytes");

      assertThat(server.heapUsedAfterGc() - heapBefore).isLessThanOrEqualTo(64L << 20);
    }
    assertThat(Files.readString(TestServer.logDirectory().resolve("server.log")))
        .doesNotContain("OutOfMemoryError");
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
  }

  @Test
  void paxHeaderBombFailsTheRestore() throws Exception {
    byte[] bomb = HostileTar.headerOnly("PaxHeaders/x", 'x', 2L << 30);
    TamperedSets.replaceRaw(
        device, BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"), bomb, bomb.length);

    assertRestoreFailsAndChangesNothing(
        "CiscoDRFRestoreFailure", "a pax header of 2147483648 bytes");
  }

  @Test
  void archiveUnpackingPastItsRecordedContentSizeFailsTheRestore() throws Exception {
    TarArchiveEntry zeros = new TarArchiveEntry("zeros.bin");
    zeros.setSize(64L << 20);
    TamperedSets.replace(
        device,
        BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"),
        new Entry(zeros, new byte[64 << 20]));
    // The manifest then claims a far smaller tar stream than the file unpacks to.
    Path manifest = BackupSets.onlyFile(device, "_drfComponent.xml");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replaceFirst(
                "(_DEMO_FILES\\.tar\\.zst\" size=\"\\d+\" sha256=\"[0-9a-f]+\" contentSize=\")\\d+",
                "$110240"));

    assertRestoreFailsAndChangesNothing("CiscoDRFRestoreFailure", "unpacks to more than");
  }

  @Test
  void setNameWithDotDotInTheManifestIsNeitherOfferedNorRestored() throws Exception {
    TamperedSets.recordSetName(device, "../../../tmp/drs-escape");

    assertThat(restores.chooseDevice(deviceId)).doesNotContain("drs-escape");
    assertThat(backups.backupFiles(deviceId)).contains("not trusted");
    assertThat(Path.of("/tmp/drs-escape.log")).doesNotExist();
  }

  @Test
  void failedSwapOfTheSecondComponentPutsTheFirstBack() throws Exception {
    Files.writeString(DemoData.files().resolve("changed-after-backup.txt"), "kept by the rollback");
    TamperedSets.replace(
        device,
        BackupSets.onlyFile(device, "_DEMO_DB.tar.zst"),
        Entry.file("database.sql", "THIS IS NOT SQL;\n"));

    assertRestoreFailsAndChangesNothing("CiscoDRFMARestoreComponentFailure", "DEMO/DB");
    assertThat(DemoData.files().resolve("changed-after-backup.txt")).exists();
  }

  /**
   * DRS's settings, restored first by the Master Agent, are put back when the data's swap fails.
   */
  @Test
  void failedSwapOfTheDataPutsDrsSettingsBackToo() throws Exception {
    backups.localDevice("extra", Files.createTempDirectory("drs-extra-device"));
    TamperedSets.replace(
        device,
        BackupSets.onlyFile(device, "_DEMO_DB.tar.zst"),
        Entry.file("database.sql", "THIS IS NOT SQL;\n"));

    restores.summary(deviceId, "DRS", "DEMO");
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("FAILED");
    assertThat(devices.listPage()).contains("local", "extra");
    assertThat(Files.readString(DevicePages.exportFile())).contains("name=\"extra\"");
    try (var kept = Files.list(DevicePages.exportFile().getParent())) {
      assertThat(kept.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("restore-"));
    }
  }

  @Test
  void unreadableDeviceIsRefusedAtTheDeviceStep() throws Exception {
    long sftpDevice;
    try (OpenSshServer sftp = new OpenSshServer()) {
      sftpDevice = devices.addTrustedSftp("nas", sftp);
    }

    String refused = restores.chooseDevice(sftpDevice);

    assertThat(refused).contains("Device nas cannot be read");
    assertThat(devices.alarmsPage()).contains("CiscoDRFRestoreDeviceError");
  }

  private void assertEntriesRefused(Entry... entries) throws Exception {
    TamperedSets.replace(device, BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"), entries);

    assertRestoreFailsAndChangesNothing("CiscoDRFSecurityViolation", "archive entry");
  }

  private void assertRestoreFailsAndChangesNothing(String alarm, String reason) throws Exception {
    Map<String, String> before = DemoData.snapshot();

    restores.summary(deviceId, "DEMO");
    assertThat(restores.restore()).contains("<redirect");

    assertThat(restores.awaitNewestResult()).isEqualTo("FAILED");
    assertThat(restores.historyPage()).contains(reason);
    assertThat(devices.alarmsPage()).contains(alarm);
    assertThat(DemoData.snapshot()).isEqualTo(before);
    assertThat(swapLeftovers()).isEmpty();
  }

  /**
   * Cancel Restore while the restore stages (held after its first component by the test-only hold
   * point): the job ends CANCELLED, the live files and rows are as they were, nothing of the
   * restore is left, and the lock is free.
   */
  @Test
  @PersistenceTest
  void cancelRestoreDuringStagingChangesNothing() throws Exception {
    Files.writeString(DemoData.files().resolve("config/app.properties"), "greeting=live\n");
    Map<String, String> files = BackupSets.checksums(DemoData.files());
    String rows = DemoData.rows();
    Path gate = device.resolveSibling(device.getFileName() + "-gate");
    try (ServerModel server = new ServerModel()) {
      server.execute(HOLD_AT, "add", "value", "restore-component-staged");
      server.execute(HOLD_GATE, "add", "value", gate.toString());
    }
    try {
      restores.summary(deviceId, "DEMO");
      assertThat(restores.restore()).contains("<redirect");
      JobWaits.await(
          "the restore to stage its first component",
          () -> restores.newestLog().contains("staged: size and SHA-256 match"));

      assertThat(restores.cancel()).contains("Cancel requested");
      Files.createFile(gate);

      assertThat(restores.awaitNewestResult()).isEqualTo("CANCELLED");
      assertThat(restores.historyPage()).contains("Cancelled by user " + TestServer.adminUser());
      assertThat(restores.newestLog()).doesNotContain("replacing the live data");
    } finally {
      Files.deleteIfExists(gate);
      try (ServerModel server = new ServerModel()) {
        server.execute(HOLD_AT, "remove");
        server.execute(HOLD_GATE, "remove");
      }
    }
    assertThat(BackupSets.checksums(DemoData.files())).isEqualTo(files);
    assertThat(DemoData.rows()).isEqualTo(rows);
    assertThat(swapLeftovers()).isEmpty();
    try (var left = Files.list(TestServer.home().resolve("standalone/data/drs/staging"))) {
      assertThat(left).isEmpty();
    }
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
  }

  /** What a swap keeps beside the target (old and incoming copies); never left after a job. */
  private static List<Path> swapLeftovers() throws Exception {
    try (var entries = Files.list(DemoData.files().getParent())) {
      return entries.filter(p -> p.getFileName().toString().contains(".drs-")).toList();
    }
  }
}
