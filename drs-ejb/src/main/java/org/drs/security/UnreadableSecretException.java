package org.drs.security;

/** A sealed secret cannot be opened with this server's security password. */
public class UnreadableSecretException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableSecretException(String reason) {
    super("The secret cannot be opened: " + reason);
  }
}
