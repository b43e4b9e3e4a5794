package org.drs.tape;

/** The drive reported an I/O error (EIO). */
public final class TapeIoException extends TapeException {

  private static final long serialVersionUID = 1L;

  TapeIoException(String message, int errno) {
    super(message, errno);
  }
}
