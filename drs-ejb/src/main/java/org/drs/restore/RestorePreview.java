package org.drs.restore;

import java.io.Serializable;
import java.util.List;

/**
 * The Restore Wizard's summary: what stops the restore, if anything; otherwise what each component
 * overwrites, and the room staging needs against the room there is.
 */
public record RestorePreview(
    List<String> problems, List<Item> items, long stagingBytes, long freeStagingBytes)
    implements Serializable {

  /** One component: its label, the size of its file in the set, and what it replaces. */
  public record Item(String component, long bytes, String overwrites) implements Serializable {}

  public boolean restorable() {
    return problems.isEmpty();
  }
}
