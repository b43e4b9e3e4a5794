package org.drs.tape;

/** The path is not a tape device (ENOTTY). */
public final class NotATapeException extends TapeException {

  private static final long serialVersionUID = 1L;

  NotATapeException(String message, int errno) {
    super(message, errno);
  }
}
