package org.drs.storage;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One backup device, open for use. Close it to release its connection. */
public interface Storage extends AutoCloseable {

  /**
   * Proves the device can take backups: it answers, the path exists, and the account can write
   * there (a probe file is written and deleted).
   */
  void validate();

  /** The complete sets on the device (those whose manifest exists), oldest first. */
  List<StoredSet> listSets();

  /**
   * Starts an unfinished file of a new set. No reader sees it until {@link #commitSet} names it, so
   * several agents can write the components of one set and the Master Agent commits them.
   */
  OutputStream writeFile(String fileName);

  /**
   * Makes a set visible: gives each unfinished component file its final name, then writes the
   * manifest under its final name, last.
   */
  void commitSet(List<String> componentFiles, String manifestFile, byte[] manifest);

  /**
   * Removes the named files of a set that will not be committed, unfinished or already renamed, in
   * the order given; a manifest that cannot be removed stops it, so its set keeps its files. Never
   * throws, because it runs while handling a failure.
   */
  void abortSet(List<String> fileNames);

  /** Reads one file of a complete set: a component archive or the manifest. */
  InputStream openFile(StoredSet set, String fileName);

  /**
   * The set that committing {@code set} replaces, where a device holds one set (a tape) and the
   * set's writing replaced it; empty for devices that keep sets side by side.
   */
  default Optional<String> replacedSet(String set) {
    return Optional.empty();
  }

  /** Removes a set, manifest first, so a set half deleted is no longer listed. */
  void deleteSet(StoredSet set);

  /** Bytes free at the device path, where the protocol can tell. */
  OptionalLong freeSpace();

  @Override
  void close();
}
