package org.drs.registration;

/** A registration descriptor breaks a rule; the message names the file, the line and the fix. */
public class RegistrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RegistrationException(String message) {
    super(message);
  }
}
