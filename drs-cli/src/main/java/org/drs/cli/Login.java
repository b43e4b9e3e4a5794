package org.drs.cli;

import java.io.Console;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where {@code drs} connects and as whom: {@code --url} and {@code --user}, else {@code DRS_URL}
 * and {@code DRS_USER}, else the config file {@code ~/.config/drs/cli.properties} (keys {@code
 * url}, {@code user}, {@code password}; it must be readable by its owner only). The password is
 * never an option: {@code DRS_PASSWORD}, the config file, or a prompt.
 */
record Login(String url, String user, char[] password) {

  static final String DEFAULT_URL = "service:jmx:remote+http://localhost:9990";

  static Login of(Map<String, String> options, Map<String, String> environment) {
    Properties file = configFile(environment);
    String url =
        first(options.get("url"), environment.get("DRS_URL"), file.getProperty("url"), DEFAULT_URL);
    String user =
        first(options.get("user"), environment.get("DRS_USER"), file.getProperty("user"), null);
    if (user == null) {
      throw new CommandException(
          ExitCode.USAGE, "no user: give --user, set DRS_USER, or put user= in the config file");
    }
    String password =
        first(environment.get("DRS_PASSWORD"), file.getProperty("password"), null, null);
    return new Login(url, user, password != null ? password.toCharArray() : prompt(user));
  }

  private static char[] prompt(String user) {
    Console console = System.console();
    if (console == null) {
      throw new CommandException(
          ExitCode.USAGE,
          "no password for " + user + ": set DRS_PASSWORD or put password= in the config file");
    }
    return console.readPassword("Password for %s: ", user);
  }

  private static Properties configFile(Map<String, String> environment) {
    Path file =
        Path.of(
            environment.getOrDefault(
                "DRS_CONFIG",
                environment.getOrDefault("HOME", ".") + "/.config/drs/cli.properties"));
    Properties properties = new Properties();
    if (!Files.isRegularFile(file)) {
      return properties;
    }
    try {
      properties.load(new StringReader(SecretFile.read(file)));
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, file + " cannot be read: " + e.getMessage());
    }
    return properties;
  }

  private static String first(String a, String b, String c, String otherwise) {
    return a != null ? a : b != null ? b : c != null ? c : otherwise;
  }
}
