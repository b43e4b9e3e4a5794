package org.drs.storage.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.drs.storage.StorageException;
import org.drs.storage.StoredFile;
import org.drs.storage.StoredSet;
import org.drs.tape.EmulatedDrive;
import org.drs.tape.TapeDrive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tape storage against the drive drs-tape-jni's shim emulates: sets written, listed, read back
 * and replaced, and what a tape refuses — with the layout checked by dd and mt as an administrator
 * without DRS would read it.
 */
class TapeStorageDriveTest {

  private static final int BLOCK = 64 * 1024;
  private static final String SET = "2026-12-05-06-00-00";
  private static final String NEXT = "2026-12-06-06-00-00";

  private EmulatedDrive drive;
  private TapeStorage storage;

  @BeforeEach
  void blankTape() throws Exception {
    drive = EmulatedDrive.withBlankTape();
    storage = new TapeStorage(drive.device(), BLOCK, true);
  }

  @Test
  void writesASetListsItAndReadsEveryFileBackAsWritten() throws Exception {
    byte[] platform = bytes(3 * BLOCK + 17, 1);
    byte[] demo = bytes(5, 2);
    write(file(SET, "PLATFORM"), platform);
    write(file(SET, "DATA"), demo);
    storage.commitSet(
        List.of(file(SET, "PLATFORM"), file(SET, "DATA")), manifest(SET), manifestBytes(SET));

    List<StoredSet> sets = storage.listSets();
    assertThat(sets).hasSize(1);
    StoredSet set = sets.get(0);
    assertThat(set.name()).isEqualTo(SET);
    assertThat(set.server()).isEqualTo("SERVER1");
    assertThat(set.manifestFile()).isEqualTo(manifest(SET));
    assertThat(set.files())
        .containsExactly(
            new StoredFile(file(SET, "PLATFORM"), platform.length),
            new StoredFile(file(SET, "DATA"), demo.length),
            new StoredFile(manifest(SET), manifestBytes(SET).length));
    assertThat(read(set, file(SET, "DATA"))).isEqualTo(demo);
    assertThat(read(set, file(SET, "PLATFORM"))).isEqualTo(platform);
    assertThat(read(set, manifest(SET))).isEqualTo(manifestBytes(SET));
    TapeContents contents = storage.contents();
    assertThat(contents.label().orElseThrow().tapeId()).matches("DRS-[0-9A-F]{12}");
    assertThat(contents.label().orElseThrow().blockSize()).isEqualTo(BLOCK);
  }

  @Test
  void aNewSetReplacesTheTapesSetAndKeepsTheTapeId() throws Exception {
    writeSet(SET);
    String tapeId = storage.contents().label().orElseThrow().tapeId();

    write(file(NEXT, "PLATFORM"), bytes(10, 3));
    assertThat(storage.replacedSet(NEXT)).contains(SET);
    storage.commitSet(List.of(file(NEXT, "PLATFORM")), manifest(NEXT), manifestBytes(NEXT));

    assertThat(storage.listSets()).extracting(StoredSet::name).containsExactly(NEXT);
    assertThat(storage.contents().label().orElseThrow().tapeId()).isEqualTo(tapeId);
  }

  @Test
  void aFailedComponentIsWrittenOverByTheNext() throws Exception {
    write(file(SET, "PLATFORM"), bytes(100, 1));
    OutputStream failing = storage.writeFile(file(SET, "BROKEN"));
    failing.write(bytes(2 * BLOCK, 9));
    failing.close();
    storage.abortSet(List.of(file(SET, "BROKEN")));
    byte[] data = bytes(BLOCK + 1, 4);
    write(file(SET, "DATA"), data);
    storage.commitSet(
        List.of(file(SET, "PLATFORM"), file(SET, "DATA")), manifest(SET), manifestBytes(SET));

    StoredSet set = storage.listSets().get(0);
    assertThat(set.files()).extracting(StoredFile::name).doesNotContain(file(SET, "BROKEN"));
    assertThat(read(set, file(SET, "DATA"))).isEqualTo(data);
  }

  @Test
  void anAbortedSetLeavesNoListedSetAndFreesTheDrive() throws Exception {
    writeSet(SET);
    write(file(NEXT, "PLATFORM"), bytes(10, 3));
    assertThatThrownBy(storage::listSets)
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "The tape drive "
                + drive.device()
                + " is in use by backup "
                + NEXT
                + ": try again when it has finished");

    storage.abortSet(List.of(manifest(NEXT), file(NEXT, "PLATFORM")));

    assertThat(storage.listSets())
        .as("the old set was overwritten, the new one not ended")
        .isEmpty();
    assertThat(storage.contents().label().orElseThrow().set()).isEqualTo(NEXT);
  }

  @Test
  void withoutOverwritingATapeThatHoldsASetIsRefusedBeforeAnythingIsWritten() throws Exception {
    writeSet(SET);
    TapeStorage careful = new TapeStorage(drive.device(), BLOCK, false);
    assertThatThrownBy(() -> careful.writeFile(file(NEXT, "PLATFORM")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("holds set " + SET)
        .hasMessageContaining("Overwrite the set on the tape");
    assertThat(careful.listSets()).extracting(StoredSet::name).containsExactly(SET);
  }

  @Test
  void withoutOverwritingADrsTapeWithoutACompleteSetIsWrittenAgain() throws Exception {
    write(file(SET, "PLATFORM"), bytes(10, 1));
    storage.abortSet(List.of(manifest(SET), file(SET, "PLATFORM")));
    TapeStorage careful = new TapeStorage(drive.device(), BLOCK, false);
    try (OutputStream out = careful.writeFile(file(NEXT, "PLATFORM"))) {
      out.write(bytes(10, 2));
    }
    careful.commitSet(List.of(file(NEXT, "PLATFORM")), manifest(NEXT), manifestBytes(NEXT));
    assertThat(careful.listSets()).extracting(StoredSet::name).containsExactly(NEXT);
  }

  @Test
  void aTapeChangedBetweenTwoComponentsIsNotWrittenOver() throws Exception {
    write(file(SET, "PLATFORM"), bytes(10, 1));
    drive.empty();
    drive.loadBlankTape();
    assertThatThrownBy(() -> storage.writeFile(file(SET, "DATA")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("was moved or changed while backup " + SET + " was writing it");
    storage.abortSet(List.of(manifest(SET), file(SET, "PLATFORM")));
    assertThat(storage.contents().blank()).as("the other tape, untouched").isTrue();
  }

  @Test
  void aWriteProtectedTapeIsRefusedBeforeAnythingIsWritten() throws Exception {
    writeSet(SET);
    drive.writeProtect();
    assertThatThrownBy(() -> storage.writeFile(file(NEXT, "PLATFORM")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("write-protected")
        .extracting(e -> ((StorageException) e).reason())
        .isEqualTo(StorageException.Reason.NOT_WRITABLE);
    assertThat(storage.listSets()).extracting(StoredSet::name).containsExactly(SET);
  }

  @Test
  void aFullTapeFailsTheSetWhichIsThenNotListed() throws Exception {
    drive.capacity(8L * BLOCK, 2L * BLOCK);
    assertThatThrownBy(() -> write(file(SET, "PLATFORM"), bytes(20 * BLOCK, 5)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is full")
        .hasMessageContaining("DRS does not span tapes");
    storage.abortSet(List.of(file(SET, "PLATFORM")));
    assertThatThrownBy(() -> storage.writeFile(file(SET, "DATA")))
        .as("no later component pretends the set fits")
        .hasMessageContaining("is full");
    assertThatThrownBy(() -> storage.commitSet(List.of(), manifest(SET), manifestBytes(SET)))
        .hasMessageContaining("is full");
    storage.abortSet(List.of(manifest(SET), file(SET, "PLATFORM")));
    assertThat(storage.listSets()).isEmpty();
  }

  @Test
  void aTapeDrsDidNotWriteHoldsNoSetAndIsKeptWithoutOverwriting() throws Exception {
    try (TapeDrive tape = TapeDrive.open(drive.device(), TapeDrive.Access.READ_WRITE)) {
      tape.write(ByteBuffer.allocateDirect(512).put(bytes(512, 6)).flip());
    }
    assertThat(storage.listSets()).isEmpty();
    assertThat(storage.contents().blank()).isFalse();
    assertThat(storage.contents().label()).isEmpty();
    assertThatThrownBy(
            () -> new TapeStorage(drive.device(), BLOCK, false).writeFile(file(SET, "PLATFORM")))
        .hasMessageContaining("holds data DRS did not write");
  }

  @Test
  void aDeletedSetLeavesALabelledBlankTape() throws Exception {
    writeSet(SET);
    String tapeId = storage.contents().label().orElseThrow().tapeId();
    storage.deleteSet(storage.listSets().get(0));
    assertThat(storage.listSets()).isEmpty();
    assertThat(storage.contents().label().orElseThrow().tapeId()).isEqualTo(tapeId);
    assertThat(storage.contents().label().orElseThrow().set()).isNull();
  }

  @Test
  void aComponentComesBackWithMtAndDdAlone(@TempDir Path work) throws Exception {
    byte[] platform = bytes(3 * BLOCK + 5, 7);
    write(file(SET, "PLATFORM"), platform);
    write(file(SET, "DATA"), bytes(10, 8));
    storage.commitSet(
        List.of(file(SET, "PLATFORM"), file(SET, "DATA")), manifest(SET), manifestBytes(SET));

    Path copy = work.resolve("platform.tar");
    shell(
        "mt -f "
            + drive.device()
            + " rewind && mt -f "
            + drive.device()
            + " fsf 1 && dd if="
            + drive.device()
            + " of="
            + copy
            + " bs=64k status=none");
    assertThat(copy).hasBinaryContent(platform);
    Path index = work.resolve("index");
    String mt = "mt -f " + drive.device();
    shell(
        mt
            + " rewind && "
            + mt
            + " eod && "
            + mt
            + " bsf 4 && "
            + mt
            + " fsf 1 && dd if="
            + drive.device()
            + " of="
            + index
            + " bs=1M status=none");
    assertThat(index)
        .as("the index, found as the README says")
        .content()
        .startsWith("DRS tape index 1\n")
        .contains("file=1 " + platform.length + " " + file(SET, "PLATFORM") + "\n");
    Path label = work.resolve("label");
    shell("mt -f " + drive.device() + " rewind && dd if=" + drive.device() + " of=" + label);
    assertThat(label).content().startsWith("DRS tape label 1\ntape-id=DRS-");
  }

  private void writeSet(String set) throws IOException {
    write(file(set, "PLATFORM"), bytes(10, 1));
    storage.commitSet(List.of(file(set, "PLATFORM")), manifest(set), manifestBytes(set));
  }

  private void write(String name, byte[] content) throws IOException {
    try (OutputStream out = storage.writeFile(name)) {
      out.write(content);
    }
  }

  private byte[] read(StoredSet set, String name) throws IOException {
    try (InputStream in = storage.openFile(set, name)) {
      return in.readAllBytes();
    }
  }

  private static void shell(String command) throws Exception {
    Process process = new ProcessBuilder("bash", "-ec", command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(command + ": " + output).isZero();
  }

  private static String file(String set, String component) {
    return set + "_SERVER1_DEMO_" + component + ".tar.zst";
  }

  private static String manifest(String set) {
    return set + "_SERVER1" + StoredSet.MANIFEST_SUFFIX;
  }

  private static byte[] manifestBytes(String set) {
    return ("<manifest set=\"" + set + "\"/>").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
