package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drs.security.SecretBox;
import org.drs.security.UnreadableSecretException;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's "Managing Backup Devices" through the real pages, against a real OpenSSH server:
 * every save is validated by connecting, and nothing is stored when validation fails.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class BackupDeviceIT {

  private static final Pattern SEALED_PASSWORD = Pattern.compile("sealedPassword=\"([^\"]+)\"");

  private static OpenSshServer sftp;
  private DevicePages pages;

  @TempDir Path localDirectory;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @BeforeAll
  static void startSftpServer() throws Exception {
    sftp = new OpenSshServer();
  }

  @AfterAll
  static void stopSftpServer() throws Exception {
    sftp.close();
  }

  @BeforeEach
  void logIn() throws Exception {
    pages = new DevicePages();
  }

  @AfterEach
  void deleteDevices() throws Exception {
    pages.deleteAll();
  }

  @Test
  void sftpDeviceIsSavedOnlyAfterItsHostKeyIsTrusted() throws Exception {
    FacesForm page = pages.devicePage(null);

    String untrusted = page.press("save", true, DevicePages.sftp("nas", sftp, sftp.password()));

    assertThat(untrusted).contains("has not trusted yet", sftp.hostKeyFingerprint());
    assertThat(pages.listPage()).doesNotContain(">nas<");

    String trusted = page.press("trust", false, Map.of());

    assertThat(trusted).contains("<redirect");
    assertThat(pages.listPage()).contains(">nas<", "drs-sftp@127.0.0.1:" + sftp.port());
    assertThat(Files.readString(DevicePages.exportFile()))
        .contains("name=\"nas\"", sftp.hostKeyFingerprint())
        .doesNotContain(sftp.password());
  }

  @Test
  void exportedPasswordOpensWithTheSecurityPasswordOnlyAndLeaksNowhere() throws Exception {
    FacesForm page = pages.devicePage(null);
    page.press("save", true, DevicePages.sftp("nas", sftp, sftp.password()));
    page.press("trust", false, Map.of());

    Matcher sealed = SEALED_PASSWORD.matcher(Files.readString(DevicePages.exportFile()));
    assertThat(sealed.find()).isTrue();
    String password = DevicePages.securityPassword();
    assertThat(new SecretBox(password.toCharArray()).open(sealed.group(1)))
        .isEqualTo(sftp.password());
    assertThatThrownBy(() -> new SecretBox(("not " + password).toCharArray()).open(sealed.group(1)))
        .isInstanceOf(UnreadableSecretException.class);
    try (Stream<Path> logs = Files.walk(TestServer.logDirectory())) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(log)).as(log.toString()).doesNotContain(sftp.password());
      }
    }
  }

  @Test
  void wrongPasswordIsRefusedWithAnSftpAlarm() throws Exception {
    FacesForm page = pages.devicePage(null);
    page.press("save", true, DevicePages.sftp("nas", sftp, "wrong-password"));

    String refused = page.press("trust", false, Map.of());

    assertThat(refused).contains("refused user 'drs-sftp' with this password");
    assertThat(pages.listPage()).doesNotContain(">nas<");
    assertThat(pages.alarmsPage()).contains("CiscoDRFSftpFailure");
  }

  @Test
  void unknownHostIsRefusedWithADeviceAlarm() throws Exception {
    Map<String, String> fields = DevicePages.sftp("nas", sftp, sftp.password());
    fields.put("host", "no-such-host.invalid");

    String refused = pages.devicePage(null).press("save", true, fields);

    assertThat(refused).contains("The server name 'no-such-host.invalid' is unknown");
    assertThat(pages.alarmsPage()).contains("CiscoDRFBackupDeviceError");
    assertThat(pages.deviceIds()).isEmpty();
  }

  @Test
  void missingAndReadOnlyPathsAreRefused() throws Exception {
    Map<String, String> missing = DevicePages.sftp("nas", sftp, sftp.password());
    missing.put("path", sftp.writableDirectory() + "/missing");
    FacesForm page = pages.devicePage(null);
    page.press("save", true, missing);
    assertThat(page.press("trust", false, Map.of())).contains("does not exist");

    Map<String, String> readOnly = DevicePages.sftp("nas", sftp, sftp.password());
    readOnly.put("path", sftp.readOnlyDirectory().toString());
    assertThat(page.press("save", true, readOnly)).contains("permission denied");

    assertThat(pages.deviceIds()).isEmpty();
  }

  @Test
  void changedHostKeyIsRefusedUntilTrustedAgain() throws Exception {
    FacesForm create = pages.devicePage(null);
    create.press("save", true, DevicePages.sftp("nas", sftp, sftp.password()));
    create.press("trust", false, Map.of());
    long id = pages.deviceIds().get(0);
    String before = sftp.hostKeyFingerprint();

    sftp.replaceHostKey();
    FacesForm edit = pages.devicePage(id);
    Map<String, String> unchanged = DevicePages.sftp("nas", sftp, "");
    String refused = edit.press("save", true, unchanged);

    assertThat(refused).contains("has changed", before, sftp.hostKeyFingerprint());
    assertThat(pages.alarmsPage()).contains("CiscoDRFSftpFailure");
    assertThat(Files.readString(DevicePages.exportFile())).contains(before);

    assertThat(edit.press("trust", false, Map.of())).contains("<redirect");
    assertThat(Files.readString(DevicePages.exportFile())).contains(sftp.hostKeyFingerprint());
  }

  @Test
  void eleventhDeviceIsRefused() throws Exception {
    for (int i = 1; i <= 10; i++) {
      String saved =
          pages
              .devicePage(null)
              .press("save", true, DevicePages.local("local " + i, localDirectory));
      assertThat(saved).as("device " + i).contains("<redirect");
    }

    String refused =
        pages.devicePage(null).press("save", true, DevicePages.local("local 11", localDirectory));

    assertThat(refused).contains("at most 10 backup devices");
    assertThat(pages.deviceIds()).hasSize(10);
  }

  private long alarmCount() throws Exception {
    return Pattern.compile("class=\"alarm-name\"").matcher(pages.alarmsPage()).results().count();
  }

  @Test
  void badNamesAreRefusedBesideTheFieldWithoutAnAlarm() throws Exception {
    long alarmsBefore = alarmCount();
    for (String name : List.of("a/b", "..", "<script>", "", "a".repeat(65), "café")) {
      String refused =
          pages.devicePage(null).press("save", true, DevicePages.local(name, localDirectory));

      assertThat(refused)
          .as(name)
          .containsAnyOf(
              "Use only letters", "Enter a backup device name", "characters; use at most 64");
    }
    assertThat(pages.deviceIds()).isEmpty();
    assertThat(alarmCount()).isEqualTo(alarmsBefore);
  }
}
