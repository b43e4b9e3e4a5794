package org.drs.schedule;

import org.drs.common.RefusedException;

/** A schedule change refused as a whole, with what to do instead; nothing was changed. */
public class ScheduleRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public ScheduleRefusedException(String message) {
    super(message);
  }
}
