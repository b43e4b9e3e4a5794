package org.drs.agent;

/**
 * What the Local Agent did, at the start after a crash, with a restore the crash interrupted.
 *
 * @param detail for {@link State#KEPT}: what could not be done and where the old data is kept; for
 *     {@link State#FINISHED}: old copies that could not be removed, if any
 */
public record RestoreRecovery(State state, String detail) {

  /** How an interrupted restore ended. */
  public enum State {
    /** Every component had been replaced: the restore was finished and the old copies removed. */
    FINISHED,
    /** Every component the swap had begun was put back as it was (or none had begun). */
    PUT_BACK,
    /**
     * DRS could not prove that every component was put back or finished: the staging area, with the
     * only copy of the data as it was before the restore, is kept for the administrator.
     */
    KEPT
  }

  public static RestoreRecovery finished(String leftovers) {
    return new RestoreRecovery(State.FINISHED, leftovers);
  }

  public static RestoreRecovery putBack() {
    return new RestoreRecovery(State.PUT_BACK, null);
  }

  public static RestoreRecovery kept(String detail) {
    return new RestoreRecovery(State.KEPT, detail);
  }
}
