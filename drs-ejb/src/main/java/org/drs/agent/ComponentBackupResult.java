package org.drs.agent;

import java.io.Serializable;
import org.drs.archive.ArchiveResult;

/**
 * How one component's backup went. A failed component carries the administrator's reason; a
 * successful one the size and SHA-256 of what reached the device.
 */
public record ComponentBackupResult(boolean succeeded, ArchiveResult archive, String message)
    implements Serializable {

  public static ComponentBackupResult success(ArchiveResult archive, String notes) {
    return new ComponentBackupResult(true, archive, notes);
  }

  public static ComponentBackupResult failure(String message) {
    return new ComponentBackupResult(false, null, message);
  }
}
