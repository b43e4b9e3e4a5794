package org.drs.tape;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/** A drive opened through {@code libdrstape.so}. Not for use by several threads at once. */
final class LinuxTapeDrive implements TapeDrive {

  private final Path device;
  private int fd;

  private LinuxTapeDrive(Path device, int fd) {
    this.device = device;
    this.fd = fd;
  }

  static TapeDrive open(Path device, Access access) throws TapeException {
    TapeLibrary.ensureLoaded();
    try {
      return new LinuxTapeDrive(device, NativeTape.open(device.toString(), access.ordinal()));
    } catch (SystemCallFailure failure) {
      throw TapeErrors.atOpen(device, failure);
    }
  }

  @Override
  public Path device() {
    return device;
  }

  @Override
  public void rewind() throws TapeException {
    operate(TapeOperation.REWIND, 1);
  }

  @Override
  public void writeFilemarks(int count) throws TapeException {
    operate(TapeOperation.WRITE_FILEMARKS, count);
  }

  @Override
  public void forwardSpaceFiles(int count) throws TapeException {
    operate(TapeOperation.FORWARD_SPACE_FILES, count);
  }

  @Override
  public void backwardSpaceFiles(int count) throws TapeException {
    operate(TapeOperation.BACKWARD_SPACE_FILES, count);
  }

  @Override
  public void forwardSpaceRecords(int count) throws TapeException {
    operate(TapeOperation.FORWARD_SPACE_RECORDS, count);
  }

  @Override
  public void backwardSpaceRecords(int count) throws TapeException {
    operate(TapeOperation.BACKWARD_SPACE_RECORDS, count);
  }

  @Override
  public void spaceToEndOfData() throws TapeException {
    operate(TapeOperation.SPACE_TO_END_OF_DATA, 1);
  }

  @Override
  public void setBlockSize(int bytes) throws TapeException {
    if (bytes < 0) {
      throw new IllegalArgumentException("a block size is 0 (variable) or more, not " + bytes);
    }
    operate(TapeOperation.SET_BLOCK_SIZE, bytes);
  }

  @Override
  public void offline() throws TapeException {
    operate(TapeOperation.OFFLINE, 1);
  }

  @Override
  public void lock() throws TapeException {
    operate(TapeOperation.LOCK, 1);
  }

  @Override
  public void unlock() throws TapeException {
    operate(TapeOperation.UNLOCK, 1);
  }

  @Override
  public TapeStatus status() throws TapeException {
    long[] status = new long[6];
    try {
      NativeTape.status(openFd(), status);
    } catch (SystemCallFailure failure) {
      throw TapeErrors.during(device, failure);
    }
    long dsreg = status[1];
    return new TapeStatus(
        (int) status[4],
        (int) status[5],
        (int) (dsreg & 0xffffff),
        (int) ((dsreg >>> 24) & 0xff),
        TapeStatusFlag.of(status[2]));
  }

  @Override
  public long logicalBlock() throws TapeException {
    try {
      return NativeTape.position(openFd());
    } catch (SystemCallFailure failure) {
      throw TapeErrors.during(device, failure);
    }
  }

  @Override
  public int read(ByteBuffer buffer) throws TapeException {
    requireDirect(buffer);
    try {
      int read = NativeTape.read(openFd(), buffer, buffer.position(), buffer.remaining());
      buffer.position(buffer.position() + read);
      return read;
    } catch (SystemCallFailure failure) {
      throw TapeErrors.atRead(device, failure, buffer.remaining());
    }
  }

  @Override
  public int write(ByteBuffer buffer) throws TapeException {
    requireDirect(buffer);
    try {
      int written = NativeTape.write(openFd(), buffer, buffer.position(), buffer.remaining());
      buffer.position(buffer.position() + written);
      return written;
    } catch (SystemCallFailure failure) {
      throw TapeErrors.during(device, failure);
    }
  }

  /** Closes once; closing after a write is when the driver writes the file's filemark. */
  @Override
  public void close() throws TapeException {
    if (fd < 0) {
      return;
    }
    int closing = fd;
    fd = -1;
    try {
      NativeTape.close(closing);
    } catch (SystemCallFailure failure) {
      throw TapeErrors.during(device, failure);
    }
  }

  private void operate(TapeOperation operation, int count) throws TapeException {
    if (count < 0) {
      throw new IllegalArgumentException(operation.mtioName() + " needs a count of 0 or more");
    }
    try {
      NativeTape.operate(openFd(), operation.ordinal(), count);
    } catch (SystemCallFailure failure) {
      throw TapeErrors.during(device, failure);
    }
  }

  private int openFd() {
    if (fd < 0) {
      throw new IllegalStateException("the tape drive " + device + " is closed");
    }
    return fd;
  }

  private static void requireDirect(ByteBuffer buffer) {
    if (!buffer.isDirect()) {
      throw new IllegalArgumentException(
          "tape blocks move without copying, so the buffer must be direct (ByteBuffer"
              + ".allocateDirect)");
    }
  }

  @Override
  public String toString() {
    return "tape drive " + device;
  }
}
