package org.drs.storage.tape;

import java.util.Optional;
import org.drs.storage.StoredSet;

/**
 * What a tape holds, read from its beginning: nothing (blank), something DRS did not write
 * (foreign: no label), or a DRS label and, when the tape's last files are its index and manifest,
 * the set.
 */
public record TapeContents(Optional<TapeLabel> label, boolean blank, Optional<TapeIndex> index) {

  static final TapeContents BLANK = new TapeContents(Optional.empty(), true, Optional.empty());
  static final TapeContents FOREIGN = new TapeContents(Optional.empty(), false, Optional.empty());

  /** The listed set; a set whose backup did not end leaves none. */
  public Optional<StoredSet> set() {
    return index.map(i -> new StoredSet(i.set(), i.server(), i.manifest().name(), i.storedFiles()));
  }
}
