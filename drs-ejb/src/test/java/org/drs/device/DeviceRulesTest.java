package org.drs.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.drs.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceRulesTest {

  @Test
  void completeSftpSettingsPass() {
    assertThat(problems(sftp("Nightly NAS_1-a"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a/b", "..", "<script>", "", "  ", "café", "Ünïcode", "tab\there", "x;rm"})
  void nameWithCharactersOutsideTheRuleIsRefused(String name) {
    assertThat(problems(sftp(name))).extracting(FieldProblem::field).containsExactly("name");
  }

  @Test
  void nameOf64CharactersPassesAnd65AreRefused() {
    assertThat(problems(sftp("a".repeat(64)))).isEmpty();
    assertThat(problems(sftp("a".repeat(65))))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("65 characters"));
  }

  @Test
  void nameStartingWithASpaceIsRefused() {
    assertThat(problems(sftp(" nas"))).extracting(FieldProblem::field).containsExactly("name");
  }

  @Test
  void nameTakenInAnotherCaseIsRefused() {
    List<FieldProblem> problems = DeviceRules.check(sftp("NAS"), List.of("nas"), false);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("exists"));
  }

  @Test
  void sftpNeedsHostPathUserAndPassword() {
    DeviceSettings empty =
        new DeviceSettings(
            null, "nas", DeviceType.SFTP, null, 5, null, 22, null, null, null, null, null, null);

    assertThat(problems(empty))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("host", "path", "user", "password");
  }

  @Test
  void editKeepsTheStoredPassword() {
    DeviceSettings edit =
        new DeviceSettings(
            1L, "nas", DeviceType.SFTP, "/b", 5, "h", 22, "u", null, null, "x", null, null);

    assertThat(DeviceRules.check(edit, List.of(), true)).isEmpty();
  }

  @Test
  void passwordAndKeyTogetherAreRefused() {
    DeviceSettings both =
        new DeviceSettings(
            null, "nas", DeviceType.SFTP, "/b", 5, "h", 22, "u", "p", "key", null, null, null);

    assertThat(problems(both)).extracting(FieldProblem::field).containsExactly("privateKey");
  }

  @ParameterizedTest
  @ValueSource(strings = {"relative/path", "/backups/../etc", "/a/\u0000b"})
  void pathMustBeAbsoluteWithoutTraversal(String path) {
    DeviceSettings local =
        new DeviceSettings(
            null,
            "local",
            DeviceType.LOCAL,
            path,
            5,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(problems(local)).extracting(FieldProblem::field).containsExactly("path");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 100, -1})
  void backupsToStoreIsFrom1To99(int count) {
    DeviceSettings local =
        new DeviceSettings(
            null,
            "local",
            DeviceType.LOCAL,
            "/b",
            count,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(problems(local)).extracting(FieldProblem::field).containsExactly("backupsToStore");
  }

  @Test
  void tapeNeedsOnlyItsDevicePath() {
    DeviceSettings tape =
        new DeviceSettings(
            null,
            "tape",
            DeviceType.TAPE,
            "/dev/nst0",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(problems(tape)).isEmpty();
  }

  @Test
  void aBlockSizeInKibPastAnIntStaysPastTheBound() {
    // 4194305 KiB is 2^32 + 1024 bytes: wrapped into an int it would be an acceptable 1 KiB.
    assertThat(TapeSettings.ofKib(4_194_305, true).blockSizeProblem()).isNotNull();
    assertThat(TapeSettings.ofKib(1024, true)).isEqualTo(TapeSettings.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 512, 1000, 17 * 1024 * 1024})
  void aTapeBlockSizeIsWholeKibUpTo16Mib(int blockSize) {
    DeviceSettings tape =
        new DeviceSettings(
            null,
            "tape",
            DeviceType.TAPE,
            "/dev/nst0",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new TapeSettings(blockSize, true));

    assertThat(problems(tape))
        .extracting(FieldProblem::message)
        .singleElement()
        .asString()
        .contains("whole number of KiB from 1 KiB to 16384 KiB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"user@host", "host name", "host/path"})
  void hostMustBeANameOrAddressAlone(String host) {
    DeviceSettings settings =
        new DeviceSettings(
            null, "nas", DeviceType.SFTP, "/b", 5, host, 22, "u", "p", null, null, null, null);

    assertThat(problems(settings)).extracting(FieldProblem::field).containsExactly("host");
  }

  private static List<FieldProblem> problems(DeviceSettings settings) {
    return DeviceRules.check(settings, List.of(), false);
  }

  private static DeviceSettings sftp(String name) {
    return new DeviceSettings(
        null,
        name,
        DeviceType.SFTP,
        "/backups",
        5,
        "nas.example.org",
        22,
        "drs",
        "pw",
        null,
        null,
        null,
        null);
  }
}
