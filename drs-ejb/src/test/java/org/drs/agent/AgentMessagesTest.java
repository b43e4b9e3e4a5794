package org.drs.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.device.DeviceAccess;
import org.drs.device.DeviceType;
import org.drs.registration.ActionKind;
import org.drs.registration.ActionTimeouts;
import org.drs.registration.ComponentRegistration;
import org.drs.storage.StorageException;
import org.drs.testing.TestDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message between the Master Agent and a Local Agent survives its encoding unchanged, and
 * text that is not the expected message is refused rather than half read.
 */
class AgentMessagesTest {

  private static final DeviceAccess SFTP =
      new DeviceAccess(
          "nas",
          DeviceType.SFTP,
          "backup.example.com",
          22,
          "drs",
          "/srv/backups",
          "SHA256:abc",
          "sealed-password",
          null,
          Compression.ZSTD,
          null);

  private static final ComponentRegistration FILES =
      new ComponentRegistration(
          "FILES",
          ActionKind.DIRECTORY,
          "/opt/app/data",
          "pre.sh",
          null,
          new ActionTimeouts(Duration.ofSeconds(90), null, null));

  static Stream<Object> messages() {
    ArchiveResult archive = new ArchiveResult(4096, "ab".repeat(32), 10240);
    return Stream.of(
        new ComponentBackupRequest(
            7,
            "2026-12-04-10-00-00",
            SFTP,
            "DEMO",
            FILES,
            "x.tar.zst",
            Compression.ZSTD,
            Instant.parse("2026-12-05T06:00:00Z")),
        ComponentBackupResult.success(archive),
        ComponentBackupResult.failure("the directory /opt/app/data does not exist"),
        new ComponentBackupResult(
            false, null, "refused", StorageException.Reason.CREDENTIALS_REFUSED),
        new ComponentRestoreRequest(
            8, SFTP, "2026-12-04-10-00-00", "LOCALHOST", "DEMO", FILES, "x.tar.zst", archive, null),
        RestoreOutcome.done(),
        RestoreOutcome.done("run.sh came back without its set-user-ID bit"),
        RestoreOutcome.failed(RestoreOutcome.Failure.SECURITY_VIOLATION, "DEMO/FILES", "climbs"),
        new RestoreOutcome(
            RestoreOutcome.Failure.DEVICE,
            "DEMO/FILES",
            "gone",
            StorageException.Reason.UNREACHABLE),
        ProgressReport.copied(65536),
        new StagedText("drfDevice.xml", "<devices xmlns=\"urn:drs:devices:2\"/>"),
        new StagedText("drfSchedule.xml", null),
        ProgressReport.noted("skipped pipe: a FIFO is not archived"),
        TestDevices.local("/var/backups", Compression.NONE));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void everyMessageRoundTripsThroughItsEncoding(Object message) {
    String json = AgentMessages.encode(message);

    assertThat(AgentMessages.decode(json, message.getClass())).isEqualTo(message);
  }

  @Test
  void sealedSecretsStaySealedOnTheWire() {
    assertThat(AgentMessages.encode(SFTP)).contains("sealed-password").doesNotContain("secret=");
  }

  @Test
  void textThatIsNotTheExpectedMessageIsRefused() {
    for (String hostile :
        List.of(
            "",
            "null",
            "[]",
            "{\"copiedBytes\":\"many\"}",
            "{\"copiedBytes\":1,\"notice\":null,\"class\":\"java.lang.Runtime\"}")) {
      assertThatThrownBy(() -> AgentMessages.decode(hostile, ProgressReport.class))
          .as(hostile)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ProgressReport");
    }
  }
}
