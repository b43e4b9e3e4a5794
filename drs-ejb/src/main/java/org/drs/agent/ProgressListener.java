package org.drs.agent;

/**
 * Where a Local Agent sends the progress of a component's transfer while it runs: each report a
 * value, so that a remote agent can send the same reports as messages.
 */
@FunctionalInterface
public interface ProgressListener {

  void report(ProgressReport report);
}
