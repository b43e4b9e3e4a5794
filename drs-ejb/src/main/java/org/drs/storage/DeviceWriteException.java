package org.drs.storage;

import java.io.IOException;

/**
 * Writing to a device failed in the middle of a file, e.g. its connection dropped. It is an {@link
 * IOException} because it comes out of a stream, and carries the device's reason so the failure is
 * reported as the device's, not the component's.
 */
public class DeviceWriteException extends IOException {

  private static final long serialVersionUID = 1L;

  private final StorageException.Reason reason;

  public DeviceWriteException(StorageException.Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public StorageException.Reason reason() {
    return reason;
  }
}
