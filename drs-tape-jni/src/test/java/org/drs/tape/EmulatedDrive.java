package org.drs.tape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The drive the preloaded shim emulates (src/test/native/tapeshim.c), as a test changes it between
 * opens: which tape is loaded, whether it is write-protected, how much it holds. Shared with
 * drs-ejb's tape storage tests (test-jar).
 */
public final class EmulatedDrive {

  private final Path device = Path.of(System.getenv("DRS_TAPE_SHIM_DEVICE"));
  private final Path directory = Path.of(System.getenv("DRS_TAPE_SHIM_DRIVE"));

  /** An empty drive, then a blank tape in it, at its beginning. */
  public static EmulatedDrive withBlankTape() throws IOException {
    EmulatedDrive drive = new EmulatedDrive();
    drive.empty();
    drive.loadBlankTape();
    return drive;
  }

  public Path device() {
    return device;
  }

  public void empty() throws IOException {
    Files.createDirectories(directory);
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  public void loadBlankTape() throws IOException {
    Files.write(directory.resolve("medium"), new byte[0]);
  }

  public void removeTape() throws IOException {
    Files.deleteIfExists(directory.resolve("medium"));
  }

  public boolean tapeEjected() {
    return Files.exists(directory.resolve("medium.ejected"))
        && !Files.exists(directory.resolve("medium"));
  }

  public void writeProtect() throws IOException {
    Files.write(directory.resolve("write-protected"), new byte[0]);
  }

  /** What the tape holds, and how far before its end the early warning comes. */
  public void capacity(long bytes, long earlyWarning) throws IOException {
    Files.writeString(directory.resolve("capacity"), Long.toString(bytes));
    Files.writeString(directory.resolve("early-warning"), Long.toString(earlyWarning));
  }
}
