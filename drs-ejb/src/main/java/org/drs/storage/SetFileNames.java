package org.drs.storage;

import java.util.regex.Pattern;

/**
 * The grammar of everything DRS names on a device: a set is its UTC start time {@code
 * yyyy-MM-dd-HH-mm-ss}; its files are {@code <set>_<SERVER>_<FEATURE>_<COMPONENT>.tar[.zst|.gz]}
 * and its manifest {@code <set>_<SERVER>_drfComponent.xml}. A name read from a device listing or a
 * manifest is data from outside: it is checked against this grammar before it becomes part of a
 * path, a log file's name or a remote command.
 */
public final class SetFileNames {

  private static final String SET = "\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}";
  private static final String SERVER = "[A-Z0-9-]{1,255}";
  private static final String NAME = "[A-Z][A-Z0-9-]{0,31}";

  private static final Pattern SET_NAME = Pattern.compile(SET);
  private static final Pattern SERVER_NAME = Pattern.compile(SERVER);
  private static final Pattern FEATURE_OR_COMPONENT = Pattern.compile(NAME);
  private static final Pattern FILE =
      Pattern.compile(
          SET
              + "_"
              + SERVER
              + "_(?:drfComponent\\.xml|"
              + NAME
              + "_"
              + NAME
              + "\\.tar(?:\\.zst|\\.gz)?)");

  private SetFileNames() {}

  public static boolean isSetName(String name) {
    return name != null && SET_NAME.matcher(name).matches();
  }

  public static boolean isServerName(String name) {
    return name != null && SERVER_NAME.matcher(name).matches();
  }

  public static boolean isFeatureOrComponent(String name) {
    return name != null && FEATURE_OR_COMPONENT.matcher(name).matches();
  }

  /** A component file or manifest of a set, as DRS writes them. */
  public static boolean isSetFile(String name) {
    return name != null && FILE.matcher(name).matches();
  }

  /** A file of the given set of the given server: the grammar, and the set's own prefix. */
  public static boolean isFileOf(String name, String set, String server) {
    return isSetFile(name) && name.startsWith(set + "_" + server + "_");
  }
}
