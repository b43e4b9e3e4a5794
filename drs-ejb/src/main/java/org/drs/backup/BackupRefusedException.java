package org.drs.backup;

import jakarta.ejb.ApplicationException;

/** A backup could not start; the message says why and what to do. Nothing was started. */
@ApplicationException(rollback = true)
public class BackupRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BackupRefusedException(String message) {
    super(message);
  }
}
