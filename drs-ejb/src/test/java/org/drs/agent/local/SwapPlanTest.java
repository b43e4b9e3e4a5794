package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;
import org.drs.testing.TestDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap plan a start after a crash reads back: this version's and the tab-separated one. */
class SwapPlanTest {

  private static final ComponentRegistration FILES =
      new ComponentRegistration("FILES", ActionKind.DIRECTORY, "/opt/app/data", null, null);

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
                    new ArchiveResult(10, "ab".repeat(32), 20))));
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

  @Test
  void damagedPlanIsNamed() throws Exception {
    Path file = Files.writeString(staging.resolve("swap-plan"), "{\"version\":2,\"components\":7}");

    assertThatThrownBy(() -> SwapPlan.read(file, (feature, component) -> Optional.empty()))
        .hasMessageContaining("swap plan")
        .hasMessageContaining(file.toString());
  }
}
