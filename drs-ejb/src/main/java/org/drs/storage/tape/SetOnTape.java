package org.drs.storage.tape;

import java.util.ArrayList;
import java.util.List;

/**
 * A set being written to a tape, from its label to its manifest: which tape file each finished
 * component went to, and where the next one goes. It outlives the {@link TapeStorage} of each step,
 * because every component of a backup is written through a storage of its own.
 */
final class SetOnTape {

  private final String set;
  private final String server;
  private final String overwritten;
  private final List<TapeIndex.Entry> files = new ArrayList<>();
  private int nextFile = 1;
  private String full;

  /**
   * @param overwritten the set the tape held before, which this one replaces; null if none
   */
  SetOnTape(String set, String server, String overwritten) {
    this.set = set;
    this.server = server;
    this.overwritten = overwritten;
  }

  String set() {
    return set;
  }

  String server() {
    return server;
  }

  String overwritten() {
    return overwritten;
  }

  synchronized int nextFile() {
    return nextFile;
  }

  synchronized void written(String name, long size) {
    files.add(new TapeIndex.Entry(nextFile, size, name));
    nextFile++;
  }

  /**
   * A component that failed after its file was ended: the next component is written over it, as
   * over one that failed half-way.
   */
  synchronized void forget(String name) {
    if (!files.isEmpty() && files.get(files.size() - 1).name().equals(name)) {
      nextFile = files.remove(files.size() - 1).fileNumber();
    }
  }

  synchronized List<TapeIndex.Entry> files() {
    return List.copyOf(files);
  }

  /** The tape filled up: no component after it, and no commit, may pretend the set fits. */
  synchronized void full(String message) {
    full = message;
  }

  synchronized String fullMessage() {
    return full;
  }
}
