package org.drs.agent;

import java.util.List;
import java.util.Map;
import org.drs.registration.ComponentRegistration;

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
  ComponentBackupResult backUp(ComponentBackupRequest request, ProgressListener progress);

  /**
   * Breaks off the job's transfer in progress by closing its device connection, so that a step
   * stuck in a network write fails instead of waiting forever (batch stop alone cannot end it).
   */
  void abort(long jobId);

  /**
   * A restore's first phase for one component: reads its file from the device in one pass, checking
   * size, SHA-256 and every archive entry, into the job's staging area. Nothing outside the staging
   * area changes.
   *
   * @param progress told how many bytes of the device file were read so far
   */
  RestoreOutcome stage(ComponentRestoreRequest request, ProgressListener progress);

  /**
   * A restore's second phase, once every component staged cleanly: replaces each component's data
   * by its staged copy, all or nothing — a failure puts back every component already replaced.
   */
  RestoreOutcome swap(long jobId, List<ComponentRestoreRequest> components);

  /**
   * What a restore of the component would replace on its server, in the administrator's words, for
   * the Restore Wizard's summary.
   */
  String overwrites(ComponentRegistration component);

  /**
   * How many bytes the component holds now, to measure a backup's progress against; null when only
   * the backup itself can tell (dumps, scripts).
   */
  Long sourceBytes(ComponentRegistration component);

  /** The room free in the staging area of the component's server. */
  long freeStagingBytes();

  /**
   * The text of a file a restore staged, for the Master Agent to act on: DRS's own settings. A name
   * with a path in it is refused.
   */
  StagedText stagedText(long jobId, String feature, String component, String fileName);

  /** Removes a restore job's staging area and old copies, however it ended. */
  void discardStaging(long jobId);

  /**
   * At the start after a crash: finishes each interrupted restore whose swap had replaced every
   * component, or else puts back every component it had begun to replace; then removes the staging
   * areas — except where it cannot prove that, which keeps the staging area and its old copies.
   *
   * @return for each interrupted restore job, what was done
   */
  Map<Long, RestoreRecovery> recoverInterruptedRestores();
}
