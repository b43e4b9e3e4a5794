package org.drs.job;

import org.drs.common.RefusedException;

/** A change was refused because a backup or restore job holds the platform lock. */
public class PlatformLockedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public PlatformLockedException(String message) {
    super(message);
  }
}
