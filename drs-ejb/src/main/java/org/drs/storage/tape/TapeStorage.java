package org.drs.storage.tape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.drs.storage.DeviceOutputStream;
import org.drs.storage.SetFileNames;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredSet;
import org.drs.tape.BlockTooLargeException;
import org.drs.tape.DriveBusyException;
import org.drs.tape.EndOfMediumException;
import org.drs.tape.NoMediumException;
import org.drs.tape.NotATapeException;
import org.drs.tape.TapeDrive;
import org.drs.tape.TapeDrive.Access;
import org.drs.tape.TapeException;
import org.drs.tape.TapeIoException;
import org.drs.tape.TapeStatus;
import org.drs.tape.WriteProtectedException;

/**
 * A tape drive as a backup device; a tape holds one set, as in the original product. The tape is
 * laid out as files: a label at its beginning (file 0), each component in the order written, an
 * index of them, the manifest, and two filemarks. A tape whose last file is not a manifest after
 * its index holds no listed set, so a backup that failed or stopped half-way leaves none. Beginning
 * a set writes the label at the beginning, which replaces whatever set the tape held: that is the
 * device's setting "Overwrite the set on the tape", and with it off a tape that holds anything is
 * refused. Components are written in variable-block mode as records of the block size.
 */
public class TapeStorage implements Storage {

  /** A label is one small record; a larger first block is not DRS's. */
  private static final int FIRST_BLOCK_LIMIT = 1024 * 1024;

  /** Labels, indexes and manifests are small; a larger file there is not DRS's. */
  private static final int METADATA_LIMIT = 16 * 1024 * 1024;

  /** More files than any set has: a tape of more filemarks is not DRS's. */
  private static final int MAX_FILES = 10_000;

  private static final Logger TRACE = Logger.getLogger(TapeStorage.class.getName());

  private final Path device;
  private final String key;
  private final int blockSize;
  private final boolean overwrite;

  /**
   * @param device the non-rewinding device, e.g. {@code /dev/nst0}
   * @param blockSize bytes per record when writing
   * @param overwrite whether a new set may replace the set, or anything else, the tape holds
   */
  public TapeStorage(Path device, int blockSize, boolean overwrite) {
    this.device = device;
    this.key = holdKey(device);
    this.blockSize = blockSize;
    this.overwrite = overwrite;
  }

  /** One hold per drive, however its path is written (a udev link such as /dev/tape/by-id/…). */
  private static String holdKey(Path device) {
    try {
      return device.toRealPath().toString();
    } catch (IOException e) {
      return device.toAbsolutePath().normalize().toString();
    }
  }

  /** Asks the drive for its status only: never writes, never moves the tape, needs no tape. */
  @Override
  public void validate() {
    if (TapeSessions.writing(key).isPresent()) {
      return;
    }
    try (TapeDrive drive = TapeDrive.open(device, Access.STATUS)) {
      drive.status();
    } catch (TapeException e) {
      throw failure(e);
    }
  }

  @Override
  public List<StoredSet> listSets() {
    return contents().set().map(List::of).orElse(List.of());
  }

  /** What the tape in the drive holds: its label and set, read from its beginning. */
  public TapeContents contents() {
    TapeSessions.refuseWhileWriting(key);
    try (TapeDrive drive = TapeDrive.open(device, Access.READ_ONLY)) {
      return contents(drive);
    } catch (TapeException e) {
      throw failure(e);
    }
  }

  /** The drive's status, without moving the tape; with no tape in the drive too. */
  public TapeStatus status() {
    TapeSessions.refuseWhileWriting(key);
    try (TapeDrive drive = TapeDrive.open(device, Access.STATUS)) {
      return drive.status();
    } catch (TapeException e) {
      throw failure(e);
    }
  }

  /** The set the tape held before the set being written replaced it, if it held one. */
  @Override
  public Optional<String> replacedSet(String set) {
    return TapeSessions.writing(key).filter(s -> s.set().equals(set)).map(SetOnTape::overwritten);
  }

  @Override
  public OutputStream writeFile(String fileName) {
    if (!SetFileNames.isSetFile(fileName) || fileName.endsWith(StoredSet.MANIFEST_SUFFIX)) {
      throw new IllegalArgumentException("'" + fileName + "' is not a component file of a set");
    }
    String set = fileName.substring(0, fileName.indexOf('_'));
    String server = fileName.substring(set.length() + 1, fileName.indexOf('_', set.length() + 1));
    SetOnTape session =
        TapeSessions.writing(key)
            .filter(s -> s.set().equals(set) && s.server().equals(server))
            .orElseGet(() -> begin(set, server));
    refuseWhenFull(session);
    TapeDrive drive = null;
    try {
      drive = TapeDrive.open(device, Access.READ_WRITE);
      atNextFile(drive, session);
      drive.setBlockSize(0);
      return new DeviceOutputStream(
          new ComponentOnTape(drive, session, fileName, blockSize),
          fileName + " on tape " + device);
    } catch (TapeException e) {
      closeQuietly(drive);
      throw failure(e);
    } catch (RuntimeException e) {
      closeQuietly(drive);
      throw e;
    }
  }

  /**
   * Labels the tape for a new set, holding the drive until the set is committed or aborted; a tape
   * that holds something is refused unless the device may overwrite it.
   */
  private SetOnTape begin(String set, String server) {
    TapeSessions.refuseWhileWriting(key);
    try (TapeDrive drive = TapeDrive.open(device, Access.READ_WRITE)) {
      TapeContents before = contents(drive);
      String overwritten = before.set().map(StoredSet::name).orElse(null);
      boolean foreign = !before.blank() && before.label().isEmpty();
      if (!overwrite && (overwritten != null || foreign)) {
        throw new StorageException(
            Reason.NOT_WRITABLE,
            "The tape in "
                + device
                + " holds "
                + (overwritten == null ? "data DRS did not write" : "set " + overwritten)
                + ", and the device does not overwrite a tape's set: load another tape, or turn"
                + " on \"Overwrite the set on the tape\"");
      }
      SetOnTape session = new SetOnTape(set, server, overwritten);
      TapeSessions.begin(key, session);
      try {
        String tapeId = before.label().map(TapeLabel::tapeId).orElseGet(TapeLabel::newTapeId);
        drive.rewind();
        writeSmallFile(drive, TapeLabel.writtenNow(tapeId, blockSize, set, server).bytes());
        return session;
      } catch (TapeException | RuntimeException e) {
        TapeSessions.end(key, session);
        throw e;
      }
    } catch (TapeException e) {
      throw failure(e);
    }
  }

  @Override
  public void commitSet(List<String> componentFiles, String manifestFile, byte[] manifest) {
    String set = manifestFile.substring(0, manifestFile.indexOf('_'));
    SetOnTape session =
        TapeSessions.writing(key)
            .filter(s -> SetFileNames.isFileOf(manifestFile, s.set(), s.server()))
            .orElseThrow(
                () ->
                    new StorageException(
                        Reason.TRANSFER_FAILED,
                        "No component of set " + set + " was written to the tape in " + device));
    try (TapeDrive drive = TapeDrive.open(device, Access.READ_WRITE)) {
      refuseWhenFull(session);
      List<TapeIndex.Entry> files =
          session.files().stream().filter(f -> componentFiles.contains(f.name())).toList();
      if (files.size() != componentFiles.size()) {
        throw new StorageException(
            Reason.TRANSFER_FAILED,
            "Not every component of set " + set + " is on the tape in " + device);
      }
      atNextFile(drive, session);
      drive.setBlockSize(0);
      TapeIndex index =
          new TapeIndex(
              session.set(),
              session.server(),
              files,
              new TapeIndex.Entry(session.nextFile() + 1, manifest.length, manifestFile));
      writeSmallFile(drive, index.bytes());
      writeSmallFile(drive, manifest);
      drive.writeFilemarks(1);
    } catch (EndOfMediumException e) {
      throw full(e);
    } catch (TapeException e) {
      throw failure(e);
    } finally {
      TapeSessions.end(key, session);
    }
  }

  /**
   * A failed component is written over by the next one: the tape goes back to where it began. A
   * whole set (its manifest among the names) ends the backup's hold on the drive; the tape then
   * holds no listed set. Never throws.
   */
  @Override
  public void abortSet(List<String> fileNames) {
    Optional<SetOnTape> session = TapeSessions.writing(key);
    if (session.isEmpty()) {
      return;
    }
    SetOnTape writing = session.get();
    boolean wholeSet =
        fileNames.stream()
            .anyMatch(
                name ->
                    name.endsWith(StoredSet.MANIFEST_SUFFIX)
                        && SetFileNames.isFileOf(name, writing.set(), writing.server()));
    if (wholeSet) {
      TapeSessions.end(key, writing);
      return;
    }
    fileNames.forEach(writing::forget);
    try (TapeDrive drive = TapeDrive.open(device, Access.READ_ONLY)) {
      moveTo(drive, writing.nextFile());
    } catch (TapeException | RuntimeException e) {
      TRACE.warning(
          "The tape in "
              + device
              + " could not go back over a failed component: "
              + e.getMessage());
    }
  }

  @Override
  public InputStream openFile(StoredSet set, String fileName) {
    TapeSessions.refuseWhileWriting(key);
    TapeDrive drive = null;
    try {
      drive = TapeDrive.open(device, Access.READ_ONLY);
      TapeContents contents = contents(drive);
      TapeIndex.Entry file =
          contents
              .index()
              .filter(i -> i.set().equals(set.name()) && i.server().equals(set.server()))
              .flatMap(i -> i.find(fileName))
              .orElseThrow(
                  () ->
                      new StorageException(
                          Reason.PATH_MISSING,
                          "The tape in "
                              + device
                              + " does not hold "
                              + fileName
                              + ": load the tape of set "
                              + set.name()));
      moveTo(drive, file.fileNumber());
      return new TapeInputStream(drive, contents.label().orElseThrow().blockSize());
    } catch (TapeException e) {
      closeQuietly(drive);
      throw failure(e);
    } catch (RuntimeException e) {
      closeQuietly(drive);
      throw e;
    }
  }

  /** Deleting a tape's set writes its label again without the set: the tape is then blank. */
  @Override
  public void deleteSet(StoredSet set) {
    TapeSessions.refuseWhileWriting(key);
    try (TapeDrive drive = TapeDrive.open(device, Access.READ_WRITE)) {
      TapeContents contents = contents(drive);
      if (contents.set().filter(s -> s.name().equals(set.name())).isEmpty()) {
        return;
      }
      TapeLabel label = contents.label().orElseThrow();
      drive.rewind();
      writeSmallFile(
          drive, TapeLabel.writtenNow(label.tapeId(), label.blockSize(), null, null).bytes());
    } catch (TapeException e) {
      throw failure(e);
    }
  }

  /** A tape's capacity is not something the st driver reports. */
  @Override
  public OptionalLong freeSpace() {
    return OptionalLong.empty();
  }

  /** Each operation opens and closes the drive itself. */
  @Override
  public void close() {}

  /**
   * Reads the tape from its beginning: its label, then, from its end, whether its last files are an
   * index and a manifest after every other file of the set, with the two filemarks after them.
   */
  private TapeContents contents(TapeDrive drive) throws TapeException {
    drive.rewind();
    drive.setBlockSize(0);
    ByteBuffer first = ByteBuffer.allocateDirect(FIRST_BLOCK_LIMIT);
    try {
      if (drive.read(first) == 0) {
        return TapeContents.FOREIGN;
      }
    } catch (BlockTooLargeException e) {
      return TapeContents.FOREIGN;
    } catch (TapeIoException e) {
      // st answers a read where nothing was ever written with EIO (blank check): the tape is blank
      // when its end of data is its beginning; anything else is a tape that cannot be read.
      drive.rewind();
      try {
        drive.spaceToEndOfData();
      } catch (TapeIoException nothingRecorded) {
        // Some drives refuse to space on a tape that holds nothing; the position then says it.
      }
      if (drive.logicalBlock() == 0) {
        return TapeContents.BLANK;
      }
      throw e;
    }
    byte[] block = new byte[first.flip().remaining()];
    first.get(block);
    Optional<TapeLabel> label = TapeLabel.parse(block);
    if (label.isEmpty()) {
      return TapeContents.FOREIGN;
    }
    return new TapeContents(label, false, index(drive, label.get()));
  }

  private Optional<TapeIndex> index(TapeDrive drive, TapeLabel label) throws TapeException {
    if (label.set() == null) {
      return Optional.empty();
    }
    int files = filemarks(drive);
    if (files < 4) {
      return Optional.empty();
    }
    moveTo(drive, files - 1);
    ByteBuffer probe = ByteBuffer.allocateDirect(label.blockSize());
    try {
      if (drive.read(probe) != 0) {
        return Optional.empty();
      }
    } catch (BlockTooLargeException e) {
      return Optional.empty();
    }
    moveTo(drive, files - 3);
    Optional<byte[]> index = readSmallFile(drive, label.blockSize());
    return index
        .flatMap(bytes -> TapeIndex.parse(bytes, files - 2))
        .filter(i -> i.set().equals(label.set()) && i.server().equals(label.server()));
  }

  /**
   * The tape's filemarks, counted by spacing over them one by one from its beginning until the end
   * of data: the st driver does not say which file its end of data is in (nor, after spacing there,
   * which block), and a drive spaces over a file without reading it.
   */
  private static int filemarks(TapeDrive drive) throws TapeException {
    drive.rewind();
    int filemarks = 0;
    while (filemarks < MAX_FILES) {
      try {
        drive.forwardSpaceFiles(1);
      } catch (TapeIoException e) {
        return filemarks;
      }
      filemarks++;
    }
    return filemarks;
  }

  /**
   * Where the set's next file goes: where the drive stayed after the last one. Anywhere else, the
   * tape was moved or changed between two components, and writing would destroy what is there.
   */
  private void atNextFile(TapeDrive drive, SetOnTape session) throws TapeException {
    TapeStatus status = drive.status();
    if (status.fileNumber() != session.nextFile() || status.blockNumber() != 0) {
      throw new StorageException(
          Reason.TRANSFER_FAILED,
          "The tape in "
              + device
              + " was moved or changed while backup "
              + session.set()
              + " was writing it (the drive is at file "
              + status.fileNumber()
              + ", not "
              + session.nextFile()
              + "): nothing more was written; start the backup again");
    }
  }

  /** From its beginning: rewinds, then spaces forward over the files before it. */
  private static void moveTo(TapeDrive drive, int file) throws TapeException {
    TapeStatus status = drive.status();
    if (status.fileNumber() == file && status.blockNumber() == 0) {
      return;
    }
    drive.rewind();
    if (file > 0) {
      drive.forwardSpaceFiles(file);
    }
  }

  private void writeSmallFile(TapeDrive drive, byte[] content) throws TapeException {
    try (TapeOutputStream out = new TapeOutputStream(drive, blockSize, size -> {})) {
      out.write(content);
    } catch (TapeException e) {
      throw e;
    } catch (IOException e) {
      throw new TapeException(e.getMessage(), 0);
    }
  }

  private static Optional<byte[]> readSmallFile(TapeDrive drive, int recordSize)
      throws TapeException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    ByteBuffer record = ByteBuffer.allocateDirect(recordSize);
    try {
      while (drive.read(record.clear()) > 0) {
        if (content.size() + record.flip().remaining() > METADATA_LIMIT) {
          return Optional.empty();
        }
        byte[] bytes = new byte[record.remaining()];
        record.get(bytes);
        content.writeBytes(bytes);
      }
    } catch (BlockTooLargeException e) {
      return Optional.empty();
    }
    return Optional.of(content.toByteArray());
  }

  private void refuseWhenFull(SetOnTape session) {
    if (session.fullMessage() != null) {
      throw new StorageException(Reason.TRANSFER_FAILED, session.fullMessage());
    }
  }

  private static StorageException full(EndOfMediumException e) {
    return new StorageException(Reason.TRANSFER_FAILED, fullMessage(e), e);
  }

  static String fullMessage(EndOfMediumException e) {
    return e.getMessage()
        + ". A set must fit on one tape (DRS does not span tapes): back the features up to"
        + " several tapes, a schedule or a backup for each";
  }

  private StorageException failure(TapeException e) {
    Reason reason;
    if (e instanceof WriteProtectedException) {
      reason = Reason.NOT_WRITABLE;
    } else if (e instanceof NoMediumException
        || e instanceof NotATapeException
        || e instanceof DriveBusyException
        || e.getClass() == TapeException.class) {
      reason = Reason.UNREACHABLE;
    } else if (e instanceof EndOfMediumException full) {
      return full(full);
    } else {
      reason = Reason.TRANSFER_FAILED;
    }
    return new StorageException(reason, e.getMessage(), e);
  }

  private static void closeQuietly(TapeDrive drive) {
    if (drive != null) {
      try {
        drive.close();
      } catch (TapeException e) {
        TRACE.fine("Closing " + drive + ": " + e.getMessage());
      }
    }
  }
}
