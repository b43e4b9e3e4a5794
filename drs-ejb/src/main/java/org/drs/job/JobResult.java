package org.drs.job;

/**
 * How a job ended, as the histories show it. PARTIAL: the set was committed but at least one
 * component failed, so only the successful ones can be restored. SKIPPED and MISSED are scheduled
 * runs that did not run: refused when they fell due (another job ran), or due while the server was
 * down (they are never run late).
 */
public enum JobResult {
  RUNNING,
  SUCCESS,
  PARTIAL,
  FAILED,
  CANCELLED,
  SKIPPED,
  MISSED;

  /** Whether a job with this result ever ran. */
  public boolean ran() {
    return this != SKIPPED && this != MISSED;
  }
}
