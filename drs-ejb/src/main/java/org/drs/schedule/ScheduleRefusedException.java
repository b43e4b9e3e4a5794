package org.drs.schedule;

import jakarta.ejb.ApplicationException;

/** A schedule change refused as a whole, with what to do instead; nothing was changed. */
@ApplicationException(rollback = true)
public class ScheduleRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ScheduleRefusedException(String message) {
    super(message);
  }
}
