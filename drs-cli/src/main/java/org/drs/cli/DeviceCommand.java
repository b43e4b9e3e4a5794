package org.drs.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.openmbean.CompositeData;

/**
 * {@code drs device list|add|delete}. A tape device is added after its drive answers for its
 * status. An SFTP device's host key is trusted by its fingerprint, given with {@code --trust} or
 * confirmed at a prompt; its password never comes from the command line but from {@code
 * --password-file}, {@code DRS_DEVICE_PASSWORD} or a prompt.
 */
final class DeviceCommand {

  static final String HELP =
      """
      usage: drs device list
             drs device add NAME --local PATH [--keep N] [--compression zstd|gzip|none]
             drs device add NAME --sftp USER@HOST:PATH [--port N] [--keep N]
                 [--compression zstd|gzip|none] [--trust SHA256:...]
                 [--password-file FILE | --key-file FILE]
             drs device add NAME --tape DEVICE [--block-size KIB] [--no-overwrite]
             drs device delete NAME
      add validates the device for real before saving it (--keep: backups to store, 1-99,
      default 5). A tape device is the drive's non-rewinding device (/dev/nst0); it writes
      records of --block-size KiB (default 1024) and a backup replaces the set its tape holds,
      unless --no-overwrite, which refuses a tape that holds anything. An SFTP server's host key is trusted by the fingerprint given with --trust;
      without it, drs shows the key the server presents and asks (on a terminal) whether to trust
      it. The SFTP password comes from --password-file, DRS_DEVICE_PASSWORD or a prompt; a private
      key from --key-file. Both files must be readable by their owner only.
      """;

  private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]+=*");

  /** USER@HOST:/PATH, the host a name, an IPv4 address or an IPv6 address in brackets. */
  private static final Pattern SFTP_LOCATION =
      Pattern.compile("([^@:/]+)@(\\[[0-9A-Fa-f:.]+\\]|[^:/\\[\\]]+):(/.*)");

  private static final int DEFAULT_KEEP = 5;

  private final DrsConnection drs;
  private final Output output;
  private final List<String> words;
  private final Map<String, String> options;
  private final Map<String, String> environment;
  private final PrintStream err;

  DeviceCommand(
      DrsConnection drs,
      Output output,
      List<String> words,
      Map<String, String> options,
      Map<String, String> environment,
      PrintStream err) {
    this.drs = drs;
    this.output = output;
    this.words = words;
    this.options = options;
    this.environment = environment;
    this.err = err;
  }

  ExitCode run() {
    switch (words.size() < 2 ? "" : words.get(1)) {
      case "list" ->
          output.table(
              "devices",
              (CompositeData[]) drs.invoke("listDevices"),
              "name",
              "type",
              "location",
              "backupsToStore",
              "tapeBlockSizeKib",
              "tapeOverwrite");
      case "add" ->
          add(argument("device add NAME --local PATH | --sftp USER@HOST:PATH | --tape DEVICE"));
      case "delete" ->
          output.values(
              Map.of("message", drs.invoke("deleteDevice", argument("device delete NAME"))));
      default -> throw Drs.usage("usage: drs device list|add|delete");
    }
    return ExitCode.SUCCESS;
  }

  private void add(String name) {
    int keep = number("keep", DEFAULT_KEEP);
    String compression = options.getOrDefault("compression", "");
    if (Stream.of("local", "sftp", "tape").filter(options::containsKey).count() != 1) {
      throw Drs.usage(
          "device add needs exactly one of --local PATH, --sftp USER@HOST:PATH and --tape DEVICE");
    }
    if (options.containsKey("tape")) {
      saved(
          drs.invoke(
              "addTapeDevice",
              name,
              options.get("tape"),
              number("block-size", 0),
              !options.containsKey("no-overwrite")));
      return;
    }
    if (options.containsKey("local")) {
      saved(
          drs.invoke(
              "addDevice",
              name,
              "LOCAL",
              options.get("local"),
              keep,
              "",
              0,
              "",
              "",
              "",
              "",
              compression));
      return;
    }
    Matcher location = SFTP_LOCATION.matcher(options.get("sftp"));
    if (!location.matches()) {
      throw Drs.usage(
          "--sftp "
              + options.get("sftp")
              + " is not USER@HOST:/ABSOLUTE/PATH (e.g. drs@backup:/srv/drs)");
    }
    String key =
        options.containsKey("key-file") ? SecretFile.read(Path.of(options.get("key-file"))) : "";
    String password = key.isEmpty() ? password(location.group(1), location.group(2)) : "";
    String trusted = options.getOrDefault("trust", "");
    try {
      saved(addSftp(name, location, keep, compression, password, key, trusted));
    } catch (CommandException e) {
      Matcher presented = FINGERPRINT.matcher(e.getMessage());
      if (!trusted.isEmpty()
          || e.exit != ExitCode.REFUSED
          || !e.getMessage().contains("is not trusted")
          || !presented.find()
          || System.console() == null) {
        throw e;
      }
      err.println(e.getMessage());
      String answer =
          System.console().readLine("Trust the host key %s? Type yes: ", presented.group());
      if (!"yes".equals(answer)) {
        throw new CommandException(ExitCode.REFUSED, "host key not trusted: nothing was saved");
      }
      saved(addSftp(name, location, keep, compression, password, key, presented.group()));
    }
  }

  private Object addSftp(
      String name,
      Matcher location,
      int keep,
      String compression,
      String password,
      String key,
      String trusted) {
    return drs.invoke(
        "addDevice",
        name,
        "SFTP",
        location.group(3),
        keep,
        location.group(2),
        port(),
        location.group(1),
        password,
        key,
        trusted,
        compression);
  }

  private void saved(Object message) {
    output.values(Map.of("message", message));
  }

  private String password(String user, String host) {
    if (options.containsKey("password-file")) {
      return withoutLastNewline(SecretFile.read(Path.of(options.get("password-file"))));
    }
    String password = environment.get("DRS_DEVICE_PASSWORD");
    if (password != null) {
      return password;
    }
    Console console = System.console();
    if (console == null) {
      throw Drs.usage(
          "no password for "
              + user
              + "@"
              + host
              + ": give --password-file or --key-file, or set DRS_DEVICE_PASSWORD");
    }
    char[] typed = console.readPassword("SFTP password for %s@%s: ", user, host);
    if (typed == null) {
      throw new CommandException(ExitCode.CANCELLED, "no password typed: nothing was saved");
    }
    return new String(typed);
  }

  /** A password file's one line: its end of line is not part of the password, spaces are. */
  private static String withoutLastNewline(String text) {
    return text.endsWith("\r\n")
        ? text.substring(0, text.length() - 2)
        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  private int number(String option, int otherwise) {
    String value = options.get(option);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw Drs.usage("--" + option + " " + value + " is not a number");
    }
  }

  private int port() {
    int port = number("port", 22);
    if (port < 1 || port > 65535) {
      throw Drs.usage("--port " + port + " is not a TCP port (1-65535)");
    }
    return port;
  }

  private String argument(String form) {
    if (words.size() < 3) {
      throw Drs.usage("usage: drs " + form);
    }
    return words.get(2);
  }
}
