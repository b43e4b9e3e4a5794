package org.drs.storage;

import jakarta.ejb.ApplicationException;

/**
 * A device could not do what was asked. The message is for the administrator: it names the device
 * and says what to fix; the reason lets callers raise the right alarm. It rolls back the work that
 * called the device.
 */
@ApplicationException(rollback = true)
public class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the device failed, as far as it matters to the administrator. */
  public enum Reason {
    UNREACHABLE,
    CREDENTIALS_REFUSED,
    HOST_KEY_UNTRUSTED,
    HOST_KEY_CHANGED,
    PATH_MISSING,
    NOT_WRITABLE,
    SECRET_UNREADABLE,
    TRANSFER_FAILED
  }

  private final Reason reason;

  public StorageException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public StorageException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
