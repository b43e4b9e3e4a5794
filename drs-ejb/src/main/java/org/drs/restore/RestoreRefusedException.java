package org.drs.restore;

import jakarta.ejb.ApplicationException;

/** A restore could not start; the message says why and what to do. Nothing was changed. */
@ApplicationException(rollback = true)
public class RestoreRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RestoreRefusedException(String message) {
    super(message);
  }
}
