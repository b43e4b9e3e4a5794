package org.drs.restore;

import org.drs.common.RefusedException;

/** A restore could not start; the message says why and what to do. Nothing was changed. */
public class RestoreRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public RestoreRefusedException(String message) {
    super(message);
  }
}
