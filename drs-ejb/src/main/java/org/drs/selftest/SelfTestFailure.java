package org.drs.selftest;

import jakarta.ejb.ApplicationException;

/** A self-test check failed; the message tells the administrator what to fix. */
@ApplicationException
public class SelfTestFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SelfTestFailure(String message) {
    super(message);
  }
}
