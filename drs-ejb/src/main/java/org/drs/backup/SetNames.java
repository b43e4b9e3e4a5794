package org.drs.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The original product's names, with times in UTC: a set is its start time {@code
 * yyyy-MM-dd-HH-mm-ss}; its files are {@code <set>_<SERVER>_<FEATURE>_<COMPONENT>.tar[.zst|.gz]}
 * and its manifest {@code <set>_<SERVER>_drfComponent.xml}.
 */
public final class SetNames {

  private static final DateTimeFormatter SET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

  private SetNames() {}

  public static String set(Instant start) {
    return SET.format(start);
  }

  public static String componentFile(
      String set, String server, String feature, String component, String extension) {
    return set + "_" + server + "_" + feature + "_" + component + extension;
  }

  public static String manifest(String set, String server) {
    return set + "_" + server + "_drfComponent.xml";
  }
}
