package org.drs.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.drs.tape.TapeDriveTest.direct;
import static org.drs.tape.TapeDriveTest.randomBytes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mt-st and dd against the same emulated drive as the JNI library: that the shim answers them as
 * the st driver would is the check that the emulation is faithful, and it shows the README's way of
 * reading a tape without DRS. The child processes inherit the shim from this JVM's environment.
 */
class MtStCrossCheckTest {

  @TempDir Path work;
  private EmulatedDrive drive;

  @BeforeEach
  void blankTape() throws Exception {
    drive = EmulatedDrive.withBlankTape();
  }

  @Test
  void mtAndDdSeeWhatTheLibraryWroteWhereItWroteIt() throws Exception {
    byte[] first = randomBytes(1024 * 1024 + 100, 1);
    byte[] second = randomBytes(5000, 2);
    try (TapeDrive tape = TapeDrive.open(drive.device(), TapeDrive.Access.READ_WRITE)) {
      tape.write(direct(java.util.Arrays.copyOf(first, 1024 * 1024)));
      tape.write(direct(java.util.Arrays.copyOfRange(first, 1024 * 1024, first.length)));
      tape.writeFilemarks(1);
      tape.write(direct(second));
    }

    assertThat(run("mt", "-f", drive.device().toString(), "status"))
        .contains("SCSI 2 tape drive:")
        .contains("File number=2, block number=0, partition=0.")
        .contains("Tape block size 0 bytes.")
        .containsPattern("General status bits on \\(\\w+\\):\\R EOF EOD ONLINE IM_REP_EN");
    assertThat(run("mt", "-f", drive.device().toString(), "tell")).contains("At block 5.");

    run("mt", "-f", drive.device().toString(), "rewind");
    run("mt", "-f", drive.device().toString(), "fsf", "1");
    assertThat(run("mt", "-f", drive.device().toString(), "status"))
        .contains("File number=1, block number=0");
    Path copy = work.resolve("second");
    run("dd", "if=" + drive.device(), "of=" + copy, "bs=1M", "status=none");
    assertThat(copy).hasBinaryContent(second);

    run("mt", "-f", drive.device().toString(), "rewind");
    run("dd", "if=" + drive.device(), "of=" + copy, "bs=1M", "status=none");
    assertThat(copy).as("a file of two records, read with dd bs=1M").hasBinaryContent(first);
    try (TapeDrive tape = TapeDrive.open(drive.device(), TapeDrive.Access.READ_ONLY)) {
      assertThat(tape.status().fileNumber()).as("dd stopped past the filemark").isEqualTo(1);
      assertThat(fails("mt", "-f", drive.device().toString(), "status"))
          .contains("Device or resource busy");
    }

    drive.writeProtect();
    assertThat(fails("mt", "-f", drive.device().toString(), "weof"))
        .contains("Read-only file system");
    drive.removeTape();
    assertThat(run("mt", "-f", drive.device().toString(), "status")).contains("DR_OPEN");
  }

  private String run(String... command) throws IOException, InterruptedException {
    Result result = execute(command);
    assertThat(result.exit()).as(String.join(" ", command) + ": " + result.output()).isZero();
    return result.output();
  }

  private String fails(String... command) throws IOException, InterruptedException {
    Result result = execute(command);
    assertThat(result.exit()).as(String.join(" ", command) + ": " + result.output()).isNotZero();
    return result.output();
  }

  private Result execute(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes());
    return new Result(process.waitFor(), output);
  }

  private record Result(int exit, String output) {}
}
