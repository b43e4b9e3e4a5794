package org.drs.agent.local;

import java.io.IOException;

/**
 * Replaces one component's live data by its staged copy during a restore's swap phase, keeping the
 * old data until every component of the restore has been replaced.
 */
interface ComponentSwap {

  /** What the administrator calls the component, e.g. {@code DEMO/FILES}. */
  String label();

  /** Keeps the live data aside and puts the staged copy in its place. */
  void replace() throws IOException, InterruptedException;

  /** Puts the kept data back; called after {@link #replace} failed or a later component did. */
  void putBack() throws IOException, InterruptedException;

  /** Drops the kept data, once every component of the restore was replaced. */
  void discardOld() throws IOException;

  /**
   * At the start after a crash that interrupted the swap: puts back the kept data if this
   * component's swap had begun, from what is on disk alone.
   */
  void putBackAfterCrash() throws IOException, InterruptedException;
}
