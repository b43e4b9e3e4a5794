package org.drs.agent;

/**
 * Receives a component's progress while it is archived or staged: bytes copied so far, and, for a
 * backup, what its job log should say about it.
 */
@FunctionalInterface
public interface BackupProgress {

  void copied(long bytes);

  /**
   * Something the job log should say about a component being backed up: a file left out or cut
   * short. Staging reports its notes in its outcome instead, so this does nothing by default.
   */
  default void noted(String notice) {}
}
