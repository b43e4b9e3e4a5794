package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A manual backup of the demo feature to a local directory, checked as an administrator would: GNU
 * tar through zstd extracts exactly the source data, the database dump restores into a fresh H2,
 * and the manifest's sizes and hashes match the files.
 */
@PersistenceTest
class ManualBackupIT extends AdminPagesSession {

  @TempDir Path device;
  @TempDir Path work;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void demoFeatureIsBackedUpSoThatGnuTarExtractsItByteForByte() throws Exception {
    long deviceId = backups.localDevice("local", device);

    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");

    Path demoData = TestServer.demoFiles();
    Path files =
        BackupSets.extract(
            BackupSets.onlyFile(device, "_DEMO_FILES.tar.zst"), work.resolve("files"));
    assertThat(BackupSets.checksums(files)).isEqualTo(BackupSets.checksums(demoData));

    Path dump =
        BackupSets.extract(BackupSets.onlyFile(device, "_DEMO_DB.tar.zst"), work.resolve("db"));
    try (Connection fresh = DriverManager.getConnection("jdbc:h2:mem:restored", "sa", "")) {
      fresh.createStatement().execute("RUNSCRIPT FROM '" + dump.resolve("database.sql") + "'");
      ResultSet orders = fresh.createStatement().executeQuery("SELECT COUNT(*) FROM ORDERS");
      orders.next();
      assertThat(orders.getInt(1)).isEqualTo(500);
    }

    Path platform =
        BackupSets.extract(
            BackupSets.onlyFile(device, "_DRS_PLATFORM.tar.zst"), work.resolve("platform"));
    assertThat(platform.resolve("drfDevice.xml")).content().contains("name=\"local\"");

    Document manifest = BackupSets.manifest(BackupSets.onlyFile(device, "_drfComponent.xml"));
    assertThat(BackupSets.components(manifest)).hasSize(3);
    for (Element component : BackupSets.components(manifest)) {
      Path file = device.resolve(component.getAttribute("file"));
      assertThat(component.getAttribute("status")).isEqualTo("SUCCESS");
      assertThat(Long.parseLong(component.getAttribute("size"))).isEqualTo(Files.size(file));
      assertThat(component.getAttribute("sha256")).isEqualTo(BackupSets.sha256(file));
      assertThat(Long.parseLong(component.getAttribute("contentSize"))).isPositive();
    }
    try (var leftovers = Files.list(device)) {
      assertThat(leftovers).noneMatch(f -> f.getFileName().toString().startsWith("."));
    }

    String setName = manifest.getDocumentElement().getAttribute("set");
    assertThat(backups.backupFiles(deviceId)).contains(setName, "SUCCESS", "DEMO");
  }

  @Test
  void demoFeatureIsBackedUpToARealSftpServer() throws Exception {
    try (OpenSshServer sftp = new OpenSshServer()) {
      long deviceId = devices.addTrustedSftp("nas", sftp);

      assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
      Path remote = sftp.writableDirectory();
      Path files =
          BackupSets.extract(
              BackupSets.onlyFile(remote, "_DEMO_FILES.tar.zst"), work.resolve("sftp"));
      assertThat(BackupSets.checksums(files))
          .isEqualTo(BackupSets.checksums(TestServer.demoFiles()));
      for (Element component :
          BackupSets.components(
              BackupSets.manifest(BackupSets.onlyFile(remote, "_drfComponent.xml")))) {
        assertThat(component.getAttribute("sha256"))
            .isEqualTo(BackupSets.sha256(remote.resolve(component.getAttribute("file"))));
      }
    }
  }

  @Test
  void deviceSetToGzipGetsGzipArchives() throws Exception {
    Map<String, String> fields = DevicePages.local("gzip", device);
    fields.put("compression_input", "GZIP");
    List<Long> before = devices.deviceIds();
    devices.devicePage(null).press("save", true, fields);
    long deviceId = devices.added(before);

    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    Path files =
        BackupSets.extract(BackupSets.onlyFile(device, "_DEMO_FILES.tar.gz"), work.resolve("gzip"));
    assertThat(BackupSets.checksums(files)).isEqualTo(BackupSets.checksums(TestServer.demoFiles()));
    assertThat(Files.readString(DevicePages.exportFile())).contains("compression=\"GZIP\"");
  }

  @Test
  void registrationPageShowsTheDemoFeatureAndThePlatformComponent() throws Exception {
    String page = backups.get("/drs/registration.xhtml");

    assertThat(page)
        .contains("DEMO", "version 1.0.0", "FILES", "DIRECTORY", "DB", "DATABASE")
        .contains("java:jboss/datasources/DemoDS", "DRS", "PLATFORM")
        .doesNotContain("Refused:");
  }
}
