package org.drs.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the files of a device directory into complete sets, for the file stores: a set's files
 * share the prefix {@code <set name>_}, its manifest ends in {@link StoredSet#MANIFEST_SUFFIX}, and
 * files whose names start with a dot are unfinished writes that no reader sees.
 */
public final class SetFiles {

  /** Unfinished files carry this prefix until their set is committed. */
  public static final String PARTIAL_PREFIX = ".partial-";

  private SetFiles() {}

  public static List<StoredSet> complete(Collection<StoredFile> directory) {
    Map<String, List<StoredFile>> bySet = new TreeMap<>();
    for (StoredFile file : directory) {
      int end = file.name().indexOf('_');
      if (file.name().startsWith(".") || end <= 0) {
        continue;
      }
      bySet.computeIfAbsent(file.name().substring(0, end), k -> new ArrayList<>()).add(file);
    }
    List<StoredSet> sets = new ArrayList<>();
    bySet.forEach(
        (name, files) ->
            files.stream()
                .filter(f -> f.name().endsWith(StoredSet.MANIFEST_SUFFIX))
                .findFirst()
                .ifPresent(
                    manifest -> {
                      files.sort(Comparator.comparing(StoredFile::name));
                      sets.add(new StoredSet(name, manifest.name(), List.copyOf(files)));
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
