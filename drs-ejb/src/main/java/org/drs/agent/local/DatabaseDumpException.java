package org.drs.agent.local;

/** A database could not be dumped; the message says why in the administrator's words. */
final class DatabaseDumpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DatabaseDumpException(String message) {
    super(message);
  }
}
