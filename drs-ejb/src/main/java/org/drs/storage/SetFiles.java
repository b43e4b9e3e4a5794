package org.drs.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Groups the files of a device directory into complete sets, for the file stores: a set's files
 * share the prefix {@code <set name>_<SERVER>_}, its manifest ends in {@link
 * StoredSet#MANIFEST_SUFFIX}, and files whose names start with a dot are unfinished writes that no
 * reader sees. Sets of several servers can share a directory without mixing.
 */
public final class SetFiles {

  /** Unfinished files carry this prefix until their set is committed. */
  public static final String PARTIAL_PREFIX = ".partial-";

  private static final Logger TRACE = Logger.getLogger(SetFiles.class.getName());

  private SetFiles() {}

  /** A name from outside as a log line may show it: control characters escaped. */
  static String printable(String name) {
    StringBuilder shown = new StringBuilder("'");
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.append('\'').toString();
  }

  /**
   * The complete sets among a directory's files. Names outside DRS's grammar (another program's
   * files, or names crafted to become patterns or paths) are skipped with a warning.
   */
  public static List<StoredSet> complete(Collection<StoredFile> directory) {
    Map<String, List<StoredFile>> bySetAndServer = new TreeMap<>();
    for (StoredFile file : directory) {
      if (file.name().startsWith(".")) {
        continue;
      }
      if (!SetFileNames.isSetFile(file.name())) {
        TRACE.warning(
            "Skipped a file whose name is not one of a DRS backup set: " + printable(file.name()));
        continue;
      }
      int setEnd = file.name().indexOf('_');
      int serverEnd = file.name().indexOf('_', setEnd + 1);
      bySetAndServer
          .computeIfAbsent(file.name().substring(0, serverEnd), k -> new ArrayList<>())
          .add(file);
    }
    List<StoredSet> sets = new ArrayList<>();
    bySetAndServer.forEach(
        (key, files) ->
            files.stream()
                .filter(f -> f.name().endsWith(StoredSet.MANIFEST_SUFFIX))
                .findFirst()
                .ifPresent(
                    manifest -> {
                      files.sort(Comparator.comparing(StoredFile::name));
                      int split = key.indexOf('_');
                      sets.add(
                          new StoredSet(
                              key.substring(0, split),
                              key.substring(split + 1),
                              manifest.name(),
                              List.copyOf(files)));
                    }));
    return sets;
  }

  /** Refuses file names that could leave the device directory or hide among partial files. */
  public static String checkedName(String fileName) {
    if (fileName == null
        || fileName.isEmpty()
        || fileName.startsWith(".")
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("'" + fileName + "' is not a valid backup file name");
    }
    return fileName;
  }
}
