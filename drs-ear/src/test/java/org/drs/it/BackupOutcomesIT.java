package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups that do not simply succeed: failing components, a failing pre-backup action, no feature
 * chosen, and a second backup or a device change while one runs.
 */
class BackupOutcomesIT extends AdminPagesSession {

  @TempDir Path device;

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
  void holdSlowBackups() throws Exception {
    TestFeatures.holdSlow();
  }

  @AfterEach
  void releaseSlowBackups() throws Exception {
    TestFeatures.releaseSlow();
  }

  @Test
  void failedComponentsLeaveAPartialSetWithTheOthersAndAnAlarm() throws Exception {
    Files.deleteIfExists(TestFeatures.postBackupMarker());
    long deviceId = backups.localDevice("local", device);

    long jobId = backups.backUp(deviceId, "IT");

    assertThat(backups.awaitEnd(jobId)).isEqualTo("PARTIAL");
    Map<String, String> statuses =
        BackupSets.components(BackupSets.manifest(BackupSets.onlyFile(device, "_drfComponent.xml")))
            .stream()
            .collect(Collectors.toMap(c -> c.getAttribute("name"), c -> c.getAttribute("status")));
    assertThat(statuses)
        .containsEntry("OK", "SUCCESS")
        .containsEntry("FAILS", "FAILED")
        .containsEntry("SKIPPED", "FAILED")
        .containsEntry("PLATFORM", "SUCCESS");
    BackupSets.onlyFile(device, "_IT_OK.tar.zst");
    try (var files = Files.list(device)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(name -> name.contains("_IT_FAILS") || name.contains("_IT_SKIPPED"));
    }
    assertThat(TestFeatures.postBackupMarker()).exists();
    String alarms = devices.alarmsPage();
    assertThat(alarms).contains("CiscoDRFMABackupComponentFailure", "IT/FAILS", "disk on fire");
    assertThat(alarms).contains("IT/SKIPPED", "application would not quiesce");
  }

  @Test
  void deviceThatVanishedFailsTheBackupWithADeviceAlarm() throws Exception {
    Path vanishing = Files.createDirectory(device.resolve("vanishing"));
    long deviceId = backups.localDevice("local", vanishing);
    Files.delete(vanishing);

    long jobId = backups.backUp(deviceId, "DEMO");

    assertThat(backups.awaitEnd(jobId)).isEqualTo("FAILED");
    assertThat(devices.alarmsPage()).contains("CiscoDRFBackupDeviceError", "CiscoDRFBackupFailure");
    assertThat(vanishing).doesNotExist();
  }

  @Test
  void retentionKeepsThisServersNewestSetsAndNeverTouchesAnotherServers() throws Exception {
    Files.writeString(device.resolve("2020-01-01-00-00-00_OTHER_DEMO_FILES.tar.zst"), "other");
    Files.writeString(device.resolve("2020-01-01-00-00-00_OTHER_drfComponent.xml"), "<other/>");
    Map<String, String> keepTwo = DevicePages.local("local", device);
    keepTwo.put("backups-to-store", "2");
    List<Long> before = devices.deviceIds();
    devices.devicePage(null).press("save", true, keepTwo);
    long deviceId = devices.added(before);

    for (int i = 0; i < 3; i++) {
      assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    }
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "IT"))).isEqualTo("PARTIAL");

    try (var files = Files.list(device)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(n -> n.endsWith("_drfComponent.xml")))
          .hasSize(4)
          .contains("2020-01-01-00-00-00_OTHER_drfComponent.xml");
    }
    assertThat(device.resolve("2020-01-01-00-00-00_OTHER_DEMO_FILES.tar.zst")).hasContent("other");
  }

  /**
   * A set named after the new one (another server's skewed clock, a copied set) must not make
   * retention delete the set just written: it is kept, not counted, and named in the job log.
   */
  @Test
  void retentionKeepsTheNewSetWhenASetOnTheDeviceIsDatedInTheFuture() throws Exception {
    Map<String, String> keepOne = DevicePages.local("local", device);
    keepOne.put("backups-to-store", "1");
    List<Long> before = devices.deviceIds();
    devices.devicePage(null).press("save", true, keepOne);
    long deviceId = devices.added(before);
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    String first = BackupSets.onlyFile(device, "_drfComponent.xml").getFileName().toString();
    String server = first.split("_")[1];
    String future = "2099-01-01-00-00-00_" + server + "_drfComponent.xml";
    Files.copy(device.resolve(first), device.resolve(future));

    long jobId = backups.backUp(deviceId, "DEMO");

    assertThat(backups.awaitEnd(jobId)).isEqualTo("SUCCESS");
    try (var files = Files.list(device)) {
      List<String> manifests =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith("_drfComponent.xml"))
              .toList();
      assertThat(manifests).hasSize(2).contains(future).doesNotContain(first);
    }
    assertThat(backups.log(jobId)).contains("kept set 2099-01-01-00-00-00", "dated in the future");
  }

  /**
   * JSch's rm and rename expand '*' and '?': a file named with them in a shared directory must
   * neither be listed as a set nor make retention or an abort remove other files.
   */
  @Test
  void wildcardNamesInASharedSftpDirectoryChangeNothing() throws Exception {
    try (OpenSshServer sftp = new OpenSshServer()) {
      Path shared = sftp.writableDirectory();
      List<String> planted =
          List.of(
              "*",
              "2020-01-01-00-00-00_*_drfComponent.xml",
              "2020-01-01-00-00-00_OTHER_DEMO_FILES.tar.zst",
              "2020-01-01-00-00-00_OTHER_drfComponent.xml",
              "2020-01-01-00-00-0?_OTHER_DEMO_DB.tar.zst");
      for (String name : planted) {
        Files.writeString(shared.resolve(name), "not DRS's to delete");
      }
      long deviceId = devices.addTrustedSftp("nas", sftp, Map.of("backups-to-store", "1"));

      for (int i = 0; i < 2; i++) {
        assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
      }

      for (String name : planted) {
        assertThat(shared.resolve(name)).as(name).hasContent("not DRS's to delete");
      }
      try (var files = Files.list(shared)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .filteredOn(n -> n.endsWith("_drfComponent.xml") && !planted.contains(n))
            .hasSize(1);
      }
      assertThat(backups.backupFiles(deviceId)).doesNotContain("_*_", "0?");
    }
  }

  @Test
  void sftpServerKilledMidBackupFailsItWithAnSftpAlarmAndKeepsTheEarlierSet() throws Exception {
    try (OpenSshServer sftp = new OpenSshServer()) {
      long deviceId = devices.addTrustedSftp("nas", sftp);
      assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
      Path earlierManifest = BackupSets.onlyFile(sftp.writableDirectory(), "_drfComponent.xml");

      long jobId = backups.backUp(deviceId, "SLOW");
      BackupSets.awaitPartialFile(sftp.writableDirectory(), "_SLOW_WAIT");
      sftp.killWithSessions();
      TestFeatures.releaseSlow();

      assertThat(backups.awaitEnd(jobId)).isEqualTo("FAILED");
      assertThat(devices.alarmsPage()).contains("CiscoDRFSftpFailure", "CiscoDRFBackupFailure");
      assertThat(BackupSets.onlyFile(sftp.writableDirectory(), "_drfComponent.xml"))
          .isEqualTo(earlierManifest);
      assertThat(BackupSets.onlyFile(sftp.writableDirectory(), "_DEMO_FILES.tar.zst")).exists();
      assertThat(backups.localDevice("after", device)).isPositive();
    }
  }

  @Test
  void backupStuckOnAnSftpServerThatStopsReadingTimesOutAndLeavesNothing() throws Exception {
    String timeout = "system-property=drs.backup.timeout-seconds";
    try (OpenSshServer sftp = new OpenSshServer();
        ServerModel server = new ServerModel()) {
      long deviceId = devices.addTrustedSftp("nas", sftp);
      String configured = server.execute(timeout, "read-attribute", "name", "value").asString();
      server.execute(timeout, "write-attribute", "name", "value", "value", "12");
      try {
        long jobId = backups.backUp(deviceId, "SLOW");
        BackupSets.awaitPartialFile(sftp.writableDirectory(), "_SLOW_WAIT");
        sftp.pauseSessions();
        TestFeatures.releaseSlow();

        assertThat(backups.awaitEnd(jobId)).isEqualTo("FAILED");
        assertThat(backups.historyPage()).contains("did not finish within");
        assertThat(devices.alarmsPage()).contains("CiscoDRFBackupFailure");
      } finally {
        sftp.resumeSessions();
        server.execute(timeout, "write-attribute", "name", "value", "value", configured);
      }
      try (var files = Files.list(sftp.writableDirectory())) {
        assertThat(files).isEmpty();
      }
    }
  }

  @Test
  void backupWithoutAFeatureIsRefusedWithAnAlarm() throws Exception {
    long deviceId = backups.localDevice("local", device);

    String refused = backups.startBackup(deviceId, "");

    assertThat(refused).contains("select at least one feature");
    assertThat(devices.alarmsPage()).contains("CiscoDRFNoRegisteredFeature");
  }

  @Test
  @PersistenceTest
  void whileABackupRunsAnotherIsRefusedAndDevicesAreLocked() throws Exception {
    long deviceId = backups.localDevice("local", device);
    long jobId = backups.backUp(deviceId, "SLOW");

    String second = backups.startBackup(deviceId, "DEMO");
    String edit =
        devices.devicePage(deviceId).press("save", true, DevicePages.local("local", device));

    assertThat(second).contains("cannot start while another backup or restore runs");
    assertThat(devices.alarmsPage()).contains("CiscoDRFBackupInProgress");
    assertThat(edit).contains("cannot change backup devices while backup");
    TestFeatures.releaseSlow();
    assertThat(backups.awaitEnd(jobId)).isEqualTo("SUCCESS");
    assertThat(devices.devicePage(deviceId).press("save", true, DevicePages.local("local", device)))
        .contains("<redirect");
  }

  @Test
  @PersistenceTest
  void cancelTakesEffectAfterTheCurrentComponentAndKeepsNothing() throws Exception {
    long deviceId = backups.localDevice("local", device);
    long jobId = backups.backUp(deviceId, "SLOW");
    backups.awaitLogLine(jobId, "SLOW/WAIT started");
    FacesForm status = backups.statusForm();

    String requested = status.press("cancel-backup", true, Map.of());
    TestFeatures.releaseSlow();

    assertThat(requested).contains("Cancel requested");
    assertThat(backups.awaitEnd(jobId)).isEqualTo("CANCELLED");
    assertThat(backups.historyPage()).contains("Cancelled by user " + TestServer.adminUser());
    try (var files = Files.list(device)) {
      assertThat(files).isEmpty();
    }
    String log = backups.log(jobId);
    assertThat(log).contains("SLOW/WAIT done").doesNotContain("SLOW/AFTER started");
    assertThat(devices.devicePage(deviceId).press("save", true, DevicePages.local("local", device)))
        .contains("<redirect");
  }

  @Test
  void statusPageShowsTheComponentsAndLinksTheJobLog() throws Exception {
    long deviceId = backups.localDevice("local", device);
    backups.awaitEnd(backups.backUp(deviceId, "DEMO"));

    String status = backups.statusPage();

    assertThat(status).contains("SUCCESS", "FILES", "DB", "PLATFORM", "100%");
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("href=\"(/drs/job-log\\?job=\\d+)\"").matcher(status);
    assertThat(link.find()).isTrue();
    assertThat(backups.get(link.group(1))).contains("committed: SUCCESS", "started by user");
  }
}
