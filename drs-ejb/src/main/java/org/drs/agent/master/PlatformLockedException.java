package org.drs.agent.master;

import jakarta.ejb.ApplicationException;

/** A change was refused because a backup or restore job holds the platform lock. */
@ApplicationException(rollback = true)
public class PlatformLockedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlatformLockedException(String message) {
    super(message);
  }
}
