package org.drs.agent;

import org.drs.archive.ArchiveResult;
import org.drs.storage.StorageException;

/**
 * How one component's backup went. A failed component carries the administrator's reason, and, when
 * the device itself failed, why; a successful one the size and SHA-256 of what reached the device.
 */
public record ComponentBackupResult(
    boolean succeeded,
    ArchiveResult archive,
    String message,
    StorageException.Reason deviceFailure) {

  public static ComponentBackupResult success(ArchiveResult archive) {
    return new ComponentBackupResult(true, archive, null, null);
  }

  public static ComponentBackupResult failure(String message) {
    return new ComponentBackupResult(false, null, message, null);
  }

  public static ComponentBackupResult deviceFailure(StorageException e) {
    return new ComponentBackupResult(false, null, e.getMessage(), e.reason());
  }
}
