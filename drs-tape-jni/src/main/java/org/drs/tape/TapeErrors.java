package org.drs.tape;

import java.nio.file.Path;

/**
 * Turns a failed system call into the exception that says, in an administrator's words, what
 * happened and what to do; the call and the system's own text follow in parentheses.
 */
final class TapeErrors {

  // Linux's errno values (asm-generic/errno-base.h and errno.h, the same on x86-64 and arm64).
  static final int ENOENT = 2;
  static final int EIO = 5;
  static final int ENOMEM = 12;
  static final int EACCES = 13;
  static final int EBUSY = 16;
  static final int ENOTTY = 25;
  static final int ENOSPC = 28;
  static final int EROFS = 30;
  static final int ENOMEDIUM = 123;

  /** A failure while opening the device, where EIO means the drive is not ready. */
  static TapeException atOpen(Path device, SystemCallFailure failure) {
    String detail = " (" + failure.getMessage() + ")";
    int errno = failure.errno();
    return switch (errno) {
      case ENOENT ->
          new TapeException(
              "There is no device "
                  + device
                  + ": give the non-rewinding device of the tape drive, such as /dev/nst0"
                  + detail,
              errno);
      case EACCES ->
          new TapeException(
              "The server may not open "
                  + device
                  + ": the user WildFly runs as needs read and write access to it (on most systems,"
                  + " membership of the group tape)"
                  + detail,
              errno);
      case EIO, ENOMEDIUM -> noMedium(device, errno, detail);
      default -> during(device, failure);
    };
  }

  /** A failure of a read into a buffer with {@code room} bytes left. */
  static TapeException atRead(Path device, SystemCallFailure failure, int room) {
    if (failure.errno() == ENOMEM) {
      return new BlockTooLargeException(
          "A block on the tape in "
              + device
              + " is larger than the "
              + room
              + " bytes it was read into: read it with a larger block size ("
              + failure.getMessage()
              + ")",
          ENOMEM);
    }
    return during(device, failure);
  }

  /** Any other failure: an operation, a write, the status, closing. */
  static TapeException during(Path device, SystemCallFailure failure) {
    String detail = " (" + failure.getMessage() + ")";
    int errno = failure.errno();
    return switch (errno) {
      case ENOTTY ->
          new NotATapeException(
              device
                  + " is not a tape device: give the non-rewinding device of a tape drive, such as"
                  + " /dev/nst0"
                  + detail,
              errno);
      case ENOMEDIUM -> noMedium(device, errno, detail);
      case EROFS, EACCES ->
          new WriteProtectedException(
              "The tape in "
                  + device
                  + " is write-protected: slide its write-protect tab back, or load another tape"
                  + detail,
              errno);
      case ENOSPC ->
          new EndOfMediumException(
              "The tape in " + device + " is full: its end of medium was reached" + detail, errno);
      case EBUSY ->
          new DriveBusyException(
              device
                  + " is in use by another program: the drive can be open in one program at a"
                  + " time"
                  + detail,
              errno);
      case EIO ->
          new TapeIoException(
              "The drive "
                  + device
                  + " reported an I/O error: try again, clean the drive, or use another tape"
                  + detail,
              errno);
      default -> new TapeException("The tape drive " + device + " failed" + detail, errno);
    };
  }

  private static NoMediumException noMedium(Path device, int errno, String detail) {
    return new NoMediumException(
        "There is no tape in "
            + device
            + ", or the drive is not ready: load a tape and wait until the drive is ready"
            + detail,
        errno);
  }

  private TapeErrors() {}
}
