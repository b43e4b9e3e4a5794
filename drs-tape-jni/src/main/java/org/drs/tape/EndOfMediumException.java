package org.drs.tape;

/** The end of the tape was reached, after its early warning (ENOSPC). */
public final class EndOfMediumException extends TapeException {

  private static final long serialVersionUID = 1L;

  EndOfMediumException(String message, int errno) {
    super(message, errno);
  }
}
