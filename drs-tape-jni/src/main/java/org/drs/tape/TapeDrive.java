package org.drs.tape;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * An open tape drive. One program at a time may have a drive open (a second open fails with {@link
 * DriveBusyException}); the drive keeps its position when closed, and closing after a write ends
 * the file with a filemark, as the {@code st} driver does.
 */
public interface TapeDrive extends AutoCloseable {

  /** How a drive is opened. */
  enum Access {
    /** Reading and positioning; needs a tape in a ready drive. */
    READ_ONLY,
    /** Writing too; needs a tape that is not write-protected. */
    READ_WRITE,
    /** Asking for the status only: succeeds with no tape in the drive, and never moves a tape. */
    STATUS
  }

  /**
   * Opens a non-rewinding tape device.
   *
   * @throws NotATapeException when the path is not a tape device
   * @throws NoMediumException when there is no tape, or the drive is not ready
   * @throws WriteProtectedException when writing is asked for and the tape is write-protected
   * @throws DriveBusyException when another program has the drive open
   * @throws TapeException when the library is not loaded or the device cannot be opened
   */
  static TapeDrive open(Path device, Access access) throws TapeException {
    return LinuxTapeDrive.open(device, access);
  }

  Path device();

  void rewind() throws TapeException;

  void writeFilemarks(int count) throws TapeException;

  /** Forward over filemarks: the tape is left after the last one, at the start of a file. */
  void forwardSpaceFiles(int count) throws TapeException;

  /** Backward over filemarks: the tape is left before the last one, at the end of a file. */
  void backwardSpaceFiles(int count) throws TapeException;

  void forwardSpaceRecords(int count) throws TapeException;

  void backwardSpaceRecords(int count) throws TapeException;

  void spaceToEndOfData() throws TapeException;

  /** The block size for writing and reading; 0 sets variable-block mode. */
  void setBlockSize(int bytes) throws TapeException;

  /** Rewinds and unloads the tape (the drive ejects it where it can). */
  void offline() throws TapeException;

  /** Locks the drive's door, where the drive has one. */
  void lock() throws TapeException;

  void unlock() throws TapeException;

  TapeStatus status() throws TapeException;

  /** The logical block address ({@code MTIOCPOS}): blocks and filemarks from the beginning. */
  long logicalBlock() throws TapeException;

  /**
   * Reads the next block into the buffer's remaining space, without copying: the bytes read, or 0
   * at a filemark (the tape is then past it) and at the end of data.
   *
   * @param buffer a direct buffer
   * @throws BlockTooLargeException when the block is larger than the remaining space
   */
  int read(ByteBuffer buffer) throws TapeException;

  /**
   * Writes the buffer's remaining bytes: one block in variable-block mode, whole blocks otherwise.
   *
   * @param buffer a direct buffer
   * @throws EndOfMediumException at the end of the tape (after its early warning)
   */
  int write(ByteBuffer buffer) throws TapeException;

  @Override
  void close() throws TapeException;
}
