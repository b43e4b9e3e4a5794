package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.registration.ActionKind;
import org.drs.registration.ActionTimeouts;
import org.drs.registration.ComponentRegistration;
import org.drs.testing.TestDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap plan a start after a crash reads back: this version's and the tab-separated one. */
class SwapPlanTest {

  private static final ComponentRegistration FILES =
      new ComponentRegistration(
          "FILES", ActionKind.DIRECTORY, "/opt/app/data", null, null, ActionTimeouts.NONE);

  @TempDir Path staging;

  @Test
  void planComesBackAsWritten() throws Exception {
    SwapPlan plan =
        SwapPlan.of(
            List.of(
                new ComponentRestoreRequest(
                    9,
                    TestDevices.local("/var/backups", Compression.ZSTD),
                    "2026-12-04-10-00-00",
                    "LOCALHOST",
                    "DEMO",
                    FILES,
                    "x.tar.zst",
                    new ArchiveResult(10, "ab".repeat(32), 20),
                    Instant.parse("2026-12-05T06:00:00Z"))));
    Path file = staging.resolve("swap-plan");

    plan.write(file);

    assertThat(SwapPlan.read(file, (feature, component) -> Optional.empty())).isEqualTo(plan);
    assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
  }

  /** A restore that crashed before DRS was upgraded is still put back after the upgrade. */
  @Test
  void planOfTheEarlierTabSeparatedFormatIsRead() throws Exception {
    Path file = Files.writeString(staging.resolve("swap-plan"), "DEMO\tFILES\t3\t2026-12-04\n");

    SwapPlan plan =
        SwapPlan.read(
            file,
            (feature, component) ->
                feature.equals("DEMO") && component.equals("FILES")
                    ? Optional.of(FILES)
                    : Optional.empty());

    assertThat(plan.version()).isEqualTo(1);
    assertThat(plan.components()).hasSize(1);
    assertThat(plan.components().get(0).component()).isEqualTo(FILES);
    assertThat(plan.components().get(0).feature()).isEqualTo("DEMO");
  }

  /**
   * A plan written by the release before action time limits: its components have no timeouts and no
   * deadline, and putting them back uses the defaults.
   */
  @Test
  void planWithoutTimeLimitsIsRead() throws Exception {
    Path file =
        Files.writeString(
            staging.resolve("swap-plan"),
            """
            {"version":2,"components":[{"jobId":9,"setName":"2026-12-04-10-00-00",            "feature":"DEMO","component":{"name":"FILES","kind":"DIRECTORY",            "target":"/opt/app/data"},"fileName":"x.tar.zst"}]}""");

    SwapPlan plan = SwapPlan.read(file, (feature, component) -> Optional.empty());

    assertThat(plan.components().get(0).component().timeouts()).isEqualTo(ActionTimeouts.NONE);
    assertThat(plan.components().get(0).deadline()).isNull();
  }

  @Test
  void damagedPlanIsNamed() throws Exception {
    Path file = Files.writeString(staging.resolve("swap-plan"), "{\"version\":2,\"components\":7}");

    assertThatThrownBy(() -> SwapPlan.read(file, (feature, component) -> Optional.empty()))
        .hasMessageContaining("swap plan")
        .hasMessageContaining(file.toString());
  }
}
