package org.drs.agent;

/**
 * What the Master Agent asks of the Local Agent of a component's server. The Local Agent runs the
 * component's actions and writes its archive to the device itself, so the data never passes through
 * the Master Agent.
 */
public interface LocalAgent {

  /**
   * Runs the pre-backup action, the backup action (writing the archive as an unfinished file of the
   * set) and the post-backup action, which runs even when the others failed.
   *
   * @param progress told how many source bytes each step of the copy added
   */
  ComponentBackupResult backUp(ComponentBackupRequest request, BackupProgress progress);

  /**
   * Breaks off the job's transfer in progress by closing its device connection, so that a step
   * stuck in a network write fails instead of waiting forever (batch stop alone cannot end it).
   */
  void abort(long jobId);
}
