package org.drs.tape;

/** The tape is write-protected (EROFS at open, EACCES at a write). */
public final class WriteProtectedException extends TapeException {

  private static final long serialVersionUID = 1L;

  WriteProtectedException(String message, int errno) {
    super(message, errno);
  }
}
