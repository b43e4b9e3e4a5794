package org.drs.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this DRS release, as Maven built it, for manifests and the PLATFORM feature. */
public final class DrsVersion {

  private static final String POM_PROPERTIES = "/META-INF/maven/org.drs/drs-ejb/pom.properties";
  private static final String VERSION = read();

  private DrsVersion() {}

  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = DrsVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "development";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }
}
