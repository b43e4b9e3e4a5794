package org.drs.tape;

/** No tape in the drive, or the drive is not ready (ENOMEDIUM, or EIO at open). */
public final class NoMediumException extends TapeException {

  private static final long serialVersionUID = 1L;

  NoMediumException(String message, int errno) {
    super(message, errno);
  }
}
