package org.drs.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.drs.tape.TapeDrive.Access.READ_ONLY;
import static org.drs.tape.TapeDrive.Access.READ_WRITE;
import static org.drs.tape.TapeDrive.Access.STATUS;
import static org.drs.tape.TapeStatusFlag.BEGINNING_OF_TAPE;
import static org.drs.tape.TapeStatusFlag.DOOR_OPEN;
import static org.drs.tape.TapeStatusFlag.END_OF_DATA;
import static org.drs.tape.TapeStatusFlag.END_OF_FILE;
import static org.drs.tape.TapeStatusFlag.END_OF_TAPE;
import static org.drs.tape.TapeStatusFlag.ONLINE;
import static org.drs.tape.TapeStatusFlag.WRITE_PROTECTED;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation and status bit of the JNI library, against the emulated drive. */
class TapeDriveTest {

  private static final int MIB = 1024 * 1024;

  private EmulatedDrive drive;

  @BeforeEach
  void blankTape() throws Exception {
    drive = EmulatedDrive.withBlankTape();
  }

  @Test
  void writesAndReadsBackBlocksOfSeveralSizesInVariableBlockMode() throws Exception {
    int[] sizes = {1, 512, 65_536, MIB, MIB + 1};
    byte[][] blocks = new byte[sizes.length][];
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      tape.setBlockSize(0);
      for (int i = 0; i < sizes.length; i++) {
        blocks[i] = randomBytes(sizes[i], i);
        assertThat(tape.write(direct(blocks[i]))).isEqualTo(sizes[i]);
      }
    }
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      tape.rewind();
      ByteBuffer buffer = ByteBuffer.allocateDirect(2 * MIB);
      for (byte[] block : blocks) {
        buffer.clear();
        assertThat(tape.read(buffer)).isEqualTo(block.length);
        assertThat(bytes(buffer.flip())).isEqualTo(block);
      }
      assertThat(tape.read(buffer.clear())).as("the filemark that close wrote").isZero();
      assertThat(tape.status().fileNumber()).isEqualTo(1);
      assertThat(tape.status().flags()).contains(END_OF_FILE, END_OF_DATA);
      assertThat(tape.read(buffer.clear())).as("end of data, once").isZero();
      assertThatThrownBy(() -> tape.read(buffer.clear()))
          .as("reading on past the end of data")
          .isInstanceOf(TapeIoException.class);
    }
  }

  @Test
  void writesAndReadsFixedBlocks() throws Exception {
    byte[] data = randomBytes(8 * 512, 7);
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      tape.setBlockSize(512);
      assertThat(tape.write(direct(data))).isEqualTo(data.length);
      assertThat(tape.status().blockNumber()).isEqualTo(8);
      assertThat(tape.status().blockSize()).isEqualTo(512);
      tape.rewind();
      ByteBuffer buffer = ByteBuffer.allocateDirect(1024);
      assertThat(tape.read(buffer)).isEqualTo(1024);
      assertThat(bytes(buffer.flip())).isEqualTo(java.util.Arrays.copyOf(data, 1024));
      assertThat(tape.status().blockNumber()).isEqualTo(2);
    }
  }

  @Test
  void aBlockLargerThanTheBufferIsRefusedByName() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      tape.write(direct(randomBytes(4096, 1)));
      tape.rewind();
      ByteBuffer small = ByteBuffer.allocateDirect(1000);
      assertThatThrownBy(() -> tape.read(small))
          .isInstanceOf(BlockTooLargeException.class)
          .hasMessageContaining("larger than the 1000 bytes")
          .hasMessageContaining("read: Cannot allocate memory");
      assertThat(small.position()).as("nothing read into the buffer").isZero();
    }
  }

  @Test
  void spacesOverFilesAndRecordsBothWaysAndToTheEndOfData() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      for (int file = 0; file < 3; file++) {
        tape.write(direct(randomBytes(100, file)));
        tape.write(direct(randomBytes(200, file)));
        tape.writeFilemarks(1);
      }
      assertThat(tape.logicalBlock()).as("six records and three filemarks").isEqualTo(9);
      tape.rewind();
      assertThat(tape.status().flags()).contains(BEGINNING_OF_TAPE, ONLINE);

      tape.forwardSpaceFiles(2);
      assertThat(position(tape)).containsExactly(2, 0);
      assertThat(tape.status().flags()).contains(END_OF_FILE).doesNotContain(BEGINNING_OF_TAPE);
      tape.backwardSpaceFiles(1);
      assertThat(position(tape)).as("before the filemark that ends file 1").containsExactly(1, 2);
      tape.backwardSpaceRecords(2);
      assertThat(position(tape)).containsExactly(1, 0);
      tape.forwardSpaceRecords(1);
      assertThat(position(tape)).containsExactly(1, 1);
      ByteBuffer buffer = ByteBuffer.allocateDirect(1000);
      assertThat(tape.read(buffer)).as("file 1's second record").isEqualTo(200);
      assertThatThrownBy(() -> tape.forwardSpaceRecords(1))
          .as("spacing records into a filemark")
          .isInstanceOf(TapeIoException.class)
          .hasMessageContaining("ioctl MTFSR");

      tape.spaceToEndOfData();
      assertThat(position(tape))
          .as("st counts the files it crosses but not the blocks")
          .containsExactly(3, -1);
      assertThat(tape.status().flags()).contains(END_OF_DATA);
      assertThatThrownBy(() -> tape.forwardSpaceFiles(1)).isInstanceOf(TapeIoException.class);
      tape.rewind();
      assertThatThrownBy(() -> tape.backwardSpaceFiles(1))
          .as("spacing back from the beginning")
          .isInstanceOf(TapeIoException.class);
    }
  }

  @Test
  void aBlankTapeAnswersAReadWithAnIoErrorAsTheDriverDoes() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      assertThatThrownBy(() -> tape.read(ByteBuffer.allocateDirect(1024)))
          .as("st's blank check")
          .isInstanceOf(TapeIoException.class);
      assertThat(tape.logicalBlock()).isZero();
    }
  }

  @Test
  void aBackwardSpaceAfterAWriteAlsoCrossesTheFilemarkThatEndsIt() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      tape.write(direct(randomBytes(10, 1)));
      tape.writeFilemarks(1);
      tape.write(direct(randomBytes(10, 2)));
      tape.backwardSpaceFiles(1);
      assertThat(position(tape)).as("before the filemark that ends file 0").containsExactly(0, 1);
      assertThat(tape.logicalBlock()).as("a filemark written before moving").isEqualTo(1);
    }
  }

  @Test
  void closingAfterAWriteEndsTheFileWithAFilemarkAndTheDriveKeepsItsPlace() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      tape.write(direct(randomBytes(10, 1)));
    }
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      assertThat(position(tape)).as("a non-rewinding device").containsExactly(1, 0);
      tape.write(direct(randomBytes(10, 2)));
    }
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      assertThat(tape.logicalBlock()).as("two records, two filemarks").isEqualTo(4);
    }
  }

  @Test
  void reportsItsStatusBits() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      TapeStatus status = tape.status();
      assertThat(status.flags()).containsExactlyInAnyOrder(BEGINNING_OF_TAPE, END_OF_DATA, ONLINE);
      assertThat(status.fileNumber()).isZero();
      assertThat(status.blockNumber()).isZero();
      assertThat(status.density()).isZero();
    }
    drive.writeProtect();
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      assertThat(tape.status().flags()).contains(WRITE_PROTECTED, ONLINE);
    }
    drive.removeTape();
    try (TapeDrive tape = TapeDrive.open(drive.device(), STATUS)) {
      TapeStatus status = tape.status();
      assertThat(status.flags()).contains(DOOR_OPEN).doesNotContain(ONLINE);
      assertThat(status.fileNumber()).isEqualTo(-1);
    }
  }

  @Test
  void warnsBeforeTheEndOfTheTapeThenRefusesWritesWithEndOfMedium() throws Exception {
    drive.capacity(6L * MIB, 2L * MIB);
    ByteBuffer block = direct(randomBytes(MIB, 3));
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE)) {
      int written = 0;
      while (!tape.status().has(END_OF_TAPE)) {
        tape.write(block.rewind());
        written++;
      }
      assertThat(written).as("blocks written before the early warning").isEqualTo(4);
      assertThatThrownBy(() -> tape.write(block.rewind()))
          .isInstanceOf(EndOfMediumException.class)
          .hasMessageContaining("is full")
          .hasMessageContaining("write: No space left on device");
      assertThat(tape.write(block.rewind())).as("a trailer after the warning").isEqualTo(MIB);
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 4; i++) {
                  tape.write(block.rewind());
                }
              })
          .isInstanceOf(EndOfMediumException.class);
    }
  }

  @Test
  void theOperationsLockUnlockAndEject() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      tape.lock();
      tape.unlock();
      tape.offline();
    }
    assertThat(drive.tapeEjected()).isTrue();
    assertThatThrownBy(() -> TapeDrive.open(drive.device(), READ_ONLY))
        .isInstanceOf(NoMediumException.class);
  }

  @Test
  void refusesWhatTheDriverRefusesWithTypedExceptions(@TempDir Path directory) throws Exception {
    Path regular = Files.write(directory.resolve("not-a-tape"), new byte[10]);
    assertThatThrownBy(() -> TapeDrive.open(regular, READ_ONLY))
        .as("a regular file, which the shim does not emulate")
        .isInstanceOf(NotATapeException.class)
        .hasMessageStartingWith(regular + " is not a tape device")
        .hasMessageContaining("Inappropriate ioctl for device");
    assertThatThrownBy(() -> TapeDrive.open(directory.resolve("nst9"), READ_ONLY))
        .isExactlyInstanceOf(TapeException.class)
        .hasMessageStartingWith("There is no device " + directory.resolve("nst9"));

    try (TapeDrive first = TapeDrive.open(drive.device(), READ_ONLY)) {
      assertThatThrownBy(() -> TapeDrive.open(drive.device(), STATUS))
          .isInstanceOf(DriveBusyException.class)
          .hasMessageContaining("in use by another program");
    }

    drive.writeProtect();
    assertThatThrownBy(() -> TapeDrive.open(drive.device(), READ_WRITE))
        .isInstanceOf(WriteProtectedException.class)
        .hasMessageContaining("Read-only file system");
    try (TapeDrive tape = TapeDrive.open(drive.device(), READ_ONLY)) {
      assertThatThrownBy(() -> tape.write(direct(new byte[10])))
          .as("a write on a read-only open")
          .isInstanceOf(TapeException.class)
          .hasMessageContaining("Bad file descriptor");
    }

    drive.removeTape();
    assertThatThrownBy(() -> TapeDrive.open(drive.device(), READ_ONLY))
        .isInstanceOf(NoMediumException.class)
        .hasMessageContaining("load a tape")
        .hasMessageContaining("No medium found");
  }

  @Test
  void movesBlocksOnlyThroughDirectBuffersAndOnlyWhileOpen() throws Exception {
    TapeDrive tape = TapeDrive.open(drive.device(), READ_WRITE);
    assertThatThrownBy(() -> tape.write(ByteBuffer.wrap(new byte[10])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direct");
    tape.close();
    tape.close();
    assertThatThrownBy(tape::rewind).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theNativeTableOfOperationsIsInTheJavaOrder() {
    for (TapeOperation operation : TapeOperation.values()) {
      assertThat(NativeTape.operationName(operation.ordinal()))
          .as(operation.name())
          .isEqualTo(operation.mtioName());
    }
    assertThat(NativeTape.operationName(TapeOperation.values().length)).isNull();
  }

  private static int[] position(TapeDrive tape) throws TapeException {
    TapeStatus status = tape.status();
    return new int[] {status.fileNumber(), status.blockNumber()};
  }

  static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static ByteBuffer direct(byte[] bytes) {
    return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
