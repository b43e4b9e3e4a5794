package org.drs.storage;

import java.util.List;

/**
 * A complete backup set on a device: its name (the UTC start time {@code yyyy-MM-dd-HH-mm-ss}), the
 * server it backs up, its manifest and its files, manifest included.
 */
public record StoredSet(String name, String server, String manifestFile, List<StoredFile> files) {

  /** The suffix that marks a set's manifest, as the original product names it. */
  public static final String MANIFEST_SUFFIX = "_drfComponent.xml";

  public long totalBytes() {
    return files.stream().mapToLong(StoredFile::size).sum();
  }
}
