package org.drs.storage;

import java.io.InputStream;
import java.util.List;
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

  /** Starts writing a new set; nothing of it is visible until {@link SetWriter#commit}. */
  SetWriter beginSet(String setName);

  /** Reads one file of a complete set: a component archive or the manifest. */
  InputStream openFile(StoredSet set, String fileName);

  /** Removes a set, manifest first, so a set half deleted is no longer listed. */
  void deleteSet(StoredSet set);

  /** Bytes free at the device path, where the protocol can tell. */
  OptionalLong freeSpace();

  @Override
  void close();
}
