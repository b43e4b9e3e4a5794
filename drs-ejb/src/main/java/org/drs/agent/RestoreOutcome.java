package org.drs.agent;

import org.drs.storage.StorageException;

/**
 * How a restore phase went on the Local Agent: done (perhaps with a note for the administrator), or
 * why not, in the administrator's words, with what kind of failure it was so the Master Agent
 * raises the right alarm.
 */
public record RestoreOutcome(
    Failure failure, String component, String message, StorageException.Reason deviceFailure) {

  /** Why a phase failed. */
  public enum Failure {
    /** An archive entry could reach outside its component: CiscoDRFSecurityViolation. */
    SECURITY_VIOLATION,
    /**
     * The device file is damaged, truncated or missing, its set has no manifest, or it could not be
     * staged: CiscoDRFRestoreFailure.
     */
    RESTORE_FAILED,
    /** The device could not be read: its own alarm. */
    DEVICE,
    /** A component could not be swapped in; the others were put back. */
    SWAP
  }

  public static RestoreOutcome done() {
    return new RestoreOutcome(null, null, null, null);
  }

  /** Done, with something the administrator must do now, e.g. enter device passwords again. */
  public static RestoreOutcome done(String note) {
    return new RestoreOutcome(null, null, note, null);
  }

  public static RestoreOutcome failed(Failure failure, String component, String message) {
    return new RestoreOutcome(failure, component, message, null);
  }

  public static RestoreOutcome deviceFailed(String component, StorageException e) {
    return new RestoreOutcome(Failure.DEVICE, component, e.getMessage(), e.reason());
  }

  public boolean succeeded() {
    return failure == null;
  }
}
