package org.drs.archive;

import java.io.IOException;

/** An archive entry that could write outside its component; the restore stops before writing it. */
public final class UnsafeArchiveEntryException extends IOException {

  private static final long serialVersionUID = 1L;

  UnsafeArchiveEntryException(String message) {
    super(message);
  }
}
