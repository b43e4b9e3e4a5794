package org.drs.backup;

import org.drs.common.RefusedException;

/** A backup could not start; the message says why and what to do. Nothing was started. */
public class BackupRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public BackupRefusedException(String message) {
    super(message);
  }
}
