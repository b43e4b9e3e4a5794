package org.drs.common;

/**
 * Runs the steps that end a job (disarm its watchdog, remove its staging, release the platform
 * lock, …) so that one that fails never skips the others: the next job must be able to start
 * whatever went wrong first.
 */
public final class Cleanup {

  private Cleanup() {}

  /** Runs every step in order; the first failure is rethrown once all have run. */
  public static void runEach(Runnable... steps) {
    RuntimeException first = null;
    for (Runnable step : steps) {
      try {
        step.run();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
