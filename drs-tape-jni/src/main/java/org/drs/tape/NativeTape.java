package org.drs.tape;

import java.nio.ByteBuffer;

/**
 * The natives of {@code libdrstape.so}, one per system call, each throwing {@link
 * SystemCallFailure} with the {@code errno} of the call that failed. Callers load the library first
 * ({@link TapeLibrary#ensureLoaded()}).
 */
final class NativeTape {

  /** How {@link #open} opens: the positions of {@link TapeDrive.Access}. */
  static native int open(String path, int access) throws SystemCallFailure;

  static native void close(int fd) throws SystemCallFailure;

  /** One {@code MTIOCTOP}: the operation by its position in {@link TapeOperation}. */
  static native void operate(int fd, int operation, int count) throws SystemCallFailure;

  /** The native table's name of an operation, by its position: null past the table's end. */
  static native String operationName(int operation);

  /**
   * {@code MTIOCGET} into {@code type, dsreg, gstat, erreg, fileno, blkno}, in that order.
   *
   * @param status at least six elements
   */
  static native void status(int fd, long[] status) throws SystemCallFailure;

  /** {@code MTIOCPOS}: the logical block address. */
  static native long position(int fd) throws SystemCallFailure;

  /** Reads one block into a direct buffer, from {@code offset} for at most {@code length} bytes. */
  static native int read(int fd, ByteBuffer buffer, int offset, int length)
      throws SystemCallFailure;

  /** Writes {@code length} bytes of a direct buffer from {@code offset}. */
  static native int write(int fd, ByteBuffer buffer, int offset, int length)
      throws SystemCallFailure;

  private NativeTape() {}
}
