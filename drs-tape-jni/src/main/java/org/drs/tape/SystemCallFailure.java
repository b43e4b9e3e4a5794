package org.drs.tape;

/**
 * What the native side throws: the system call that failed, its {@code errno} captured at once, and
 * the system's text for it. {@link LinuxTapeDrive} turns it into a {@link TapeException}.
 */
final class SystemCallFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final String call;
  private final int errno;

  SystemCallFailure(String call, int errno, String text) {
    super(call + ": " + text, null, false, false);
    this.call = call;
    this.errno = errno;
  }

  String call() {
    return call;
  }

  int errno() {
    return errno;
  }
}
