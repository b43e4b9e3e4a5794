package org.drs.storage.tape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drs.storage.SetFileNames;
import org.drs.storage.StoredFile;
import org.drs.storage.StoredSet;

/**
 * The file before a set's manifest on a tape: which tape file holds each of the set's files, and
 * its size, the manifest's included. It lets a restore space straight to a component's file, and an
 * administrator without DRS find the number for {@code mt fsf}. Read from a tape, every line is
 * checked: names against the set's grammar, numbers against the tape.
 */
public record TapeIndex(String set, String server, List<Entry> files, Entry manifest) {

  static final String FIRST_LINE = "DRS tape index 1";

  /** A file of the set: its tape file number, size and name. */
  public record Entry(int fileNumber, long size, String name) {

    StoredFile stored() {
      return new StoredFile(name, size);
    }
  }

  byte[] bytes() {
    StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
    text.append("set=").append(set).append('\n');
    text.append("server=").append(server).append('\n');
    for (Entry file : files) {
      text.append("file=").append(line(file)).append('\n');
    }
    text.append("manifest=").append(line(manifest)).append('\n');
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(Entry entry) {
    return entry.fileNumber() + " " + entry.size() + " " + entry.name();
  }

  Optional<Entry> find(String name) {
    if (manifest.name().equals(name)) {
      return Optional.of(manifest);
    }
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }

  List<StoredFile> storedFiles() {
    List<StoredFile> stored = new ArrayList<>();
    files.forEach(file -> stored.add(file.stored()));
    stored.add(manifest.stored());
    return stored;
  }

  /**
   * The index in a tape file; empty unless it is a DRS index whose manifest is the file given,
   * after every other file of the set.
   */
  static Optional<TapeIndex> parse(byte[] content, int manifestFileNumber) {
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
    if (lines.length < 4
        || !lines[0].equals(FIRST_LINE)
        || !lines[1].startsWith("set=")
        || !lines[2].startsWith("server=")) {
      return Optional.empty();
    }
    String set = lines[1].substring("set=".length());
    String server = lines[2].substring("server=".length());
    if (!SetFileNames.isSetName(set) || !SetFileNames.isServerName(server)) {
      return Optional.empty();
    }
    List<Entry> files = new ArrayList<>();
    Entry manifest = null;
    for (int i = 3; i < lines.length; i++) {
      boolean isManifest = lines[i].startsWith("manifest=");
      if (manifest != null || !(isManifest || lines[i].startsWith("file="))) {
        return Optional.empty();
      }
      Optional<Entry> entry = entry(lines[i].substring(lines[i].indexOf('=') + 1), set, server);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      if (isManifest) {
        manifest = entry.get();
      } else {
        files.add(entry.get());
      }
    }
    if (manifest == null
        || manifest.fileNumber() != manifestFileNumber
        || !manifest.name().endsWith(StoredSet.MANIFEST_SUFFIX)
        || files.stream().anyMatch(file -> file.fileNumber() >= manifestFileNumber - 1)) {
      return Optional.empty();
    }
    return Optional.of(new TapeIndex(set, server, List.copyOf(files), manifest));
  }

  private static Optional<Entry> entry(String line, String set, String server) {
    String[] parts = line.split(" ", 3);
    try {
      if (parts.length != 3 || !SetFileNames.isFileOf(parts[2], set, server)) {
        return Optional.empty();
      }
      int fileNumber = Integer.parseInt(parts[0]);
      long size = Long.parseLong(parts[1]);
      return fileNumber >= 1 && size >= 0
          ? Optional.of(new Entry(fileNumber, size, parts[2]))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
