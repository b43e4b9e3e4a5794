package org.drs.storage;

import java.io.OutputStream;

/**
 * Writes one backup set. Components are written one at a time; {@link #commit} makes the set
 * visible by writing the manifest last, {@link #abort} removes everything written so far.
 */
public interface SetWriter {

  /** A stream for the next component file; close it before starting the next one. */
  OutputStream writeComponent(String fileName);

  /** Gives every component its final name, then writes the manifest under its final name. */
  void commit(String manifestFileName, byte[] manifest);

  /** Removes every file of this set; never throws, because it runs while handling a failure. */
  void abort();
}
