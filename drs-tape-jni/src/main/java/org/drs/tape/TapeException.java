package org.drs.tape;

import java.io.IOException;

/**
 * A tape operation that failed. The message says what happened in an administrator's words and ends
 * with the system call and the system's own text; the subclasses say which failure it was.
 */
public class TapeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int errno;

  public TapeException(String message, int errno) {
    super(message);
    this.errno = errno;
  }

  /** The system's error number; 0 when the failure did not come from a system call. */
  public int errno() {
    return errno;
  }
}
