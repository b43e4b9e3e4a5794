package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.drs.archive.ArchiveWriter;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;

/**
 * What the Local Agent does with one kind of component — a directory, an H2 database, a PostgreSQL
 * database, a script's output: archive it, say what a restore would overwrite, and make the swap
 * that puts a staged copy in place of the live data and can put that data back. Adding a kind of
 * component means adding one handler.
 */
interface ComponentHandler {

  /** The registration kind this handler serves. */
  ActionKind kind();

  /**
   * Writes the component's data into the archive.
   *
   * @param context what the component's programs are told (DRS_FEATURE, DRS_COMPONENT, DRS_SET),
   *     the job's deadline, and where their output goes
   */
  void archive(ComponentRegistration component, ArchiveWriter writer, ActionContext context)
      throws IOException, InterruptedException;

  /**
   * How many bytes the component holds now, to measure a backup's progress against; null when only
   * the backup itself can tell (dumps, scripts).
   */
  default Long sourceBytes(ComponentRegistration component) {
    return null;
  }

  /** What a restore replaces, in the administrator's words, for the Restore Wizard's summary. */
  String overwrites(ComponentRegistration component);

  /**
   * Where the component lives, for absolute links inside its archive: only a directory has such
   * places.
   */
  default List<Path> liveRoots(ComponentRegistration component) throws IOException {
    return List.of();
  }

  /** The swap of one component of a restore, from its staged copy. */
  ComponentSwap swap(SwapTarget target) throws IOException;

  /**
   * One component's places in a restore's swap.
   *
   * @param staged where the component was staged
   * @param old where the swap keeps what it replaced until every component is in
   * @param context what the component's programs run with
   */
  record SwapTarget(
      String label,
      ComponentRegistration component,
      Path staged,
      Path old,
      long jobId,
      ActionContext context) {}
}
