package org.drs.common;

import jakarta.ejb.ApplicationException;

/**
 * A request DRS refused as a whole, with the reason and what to do in the administrator's words;
 * nothing was changed or started. Each capability refuses with its own subclass, and every entry
 * point — the pages, JMX, the command line — shows this one type the same way.
 */
@ApplicationException(rollback = true, inherited = true)
public class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }
}
