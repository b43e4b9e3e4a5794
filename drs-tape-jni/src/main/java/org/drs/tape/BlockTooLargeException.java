package org.drs.tape;

/** The block on the tape is larger than the buffer it was read into (ENOMEM). */
public final class BlockTooLargeException extends TapeException {

  private static final long serialVersionUID = 1L;

  BlockTooLargeException(String message, int errno) {
    super(message, errno);
  }
}
