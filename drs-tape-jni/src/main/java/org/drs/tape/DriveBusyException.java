package org.drs.tape;

/** Another program has the drive open (EBUSY). */
public final class DriveBusyException extends TapeException {

  private static final long serialVersionUID = 1L;

  DriveBusyException(String message, int errno) {
    super(message, errno);
  }
}
