package org.drs.agent;

/** Receives a component's progress while it is archived: source bytes copied so far. */
@FunctionalInterface
public interface BackupProgress {

  void copied(long bytes);
}
