package org.drs.archive;

import java.io.IOException;

/** A component file that is truncated, corrupt, or not the one the manifest recorded. */
public final class DamagedArchiveException extends IOException {

  private static final long serialVersionUID = 1L;

  DamagedArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
