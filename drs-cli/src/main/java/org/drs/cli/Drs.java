package org.drs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogManager;
import javax.management.openmbean.CompositeData;

/**
 * The {@code drs} command: parses the command line, runs one command over JMX, and exits with the
 * {@link ExitCode} scripts test, printing a one-line reason on stderr for every non-zero one.
 */
public final class Drs {

  private static final Set<String> FLAGS =
      Set.of("json", "wait", "watch", "yes", "help", "no-overwrite");
  private static final Set<String> VALUED =
      Set.of(
          "url",
          "user",
          "local",
          "sftp",
          "port",
          "keep",
          "compression",
          "trust",
          "password-file",
          "key-file",
          "tape",
          "block-size");
  private static final String[] JOB = {
    "id",
    "kind",
    "result",
    "setName",
    "device",
    "features",
    "server",
    "startedBy",
    "startedAt",
    "endedAt",
    "message",
    "percentage",
    "currentComponent",
    "bytesDone",
    "bytesPerSecond",
    "estimatedEnd"
  };

  private final Map<String, String> options = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final PrintStream out;
  private final PrintStream err;
  private Map<String, String> environment = Map.of();

  Drs(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] arguments) {
    // The JMX remoting client logs its versions on every start: a script reading stderr must see
    // drs's own one line only.
    LogManager.getLogManager().reset();
    System.exit(new Drs(System.out, System.err).run(arguments, System.getenv()).status);
  }

  ExitCode run(String[] arguments, Map<String, String> environment) {
    this.environment = environment;
    try {
      parse(arguments);
      if (options.containsKey("help")) {
        out.print(words.isEmpty() ? Help.USAGE : Help.of(words.get(0)));
        return ExitCode.SUCCESS;
      }
      if (words.isEmpty()) {
        throw usage("no command given");
      }
      try (DrsConnection drs = new DrsConnection(Login.of(options, environment))) {
        return command(drs, new Output(out, options.containsKey("json")));
      }
    } catch (CommandException e) {
      err.println("drs: " + e.getMessage());
      return e.exit;
    } catch (RuntimeException e) {
      err.println("drs: unexpected " + e);
      return ExitCode.FAILED;
    }
  }

  private void parse(String[] arguments) {
    for (int i = 0; i < arguments.length; i++) {
      String argument = arguments[i];
      if (!argument.startsWith("--")) {
        words.add(argument);
        continue;
      }
      String name = argument.substring(2);
      int equals = name.indexOf('=');
      if (equals > 0 && VALUED.contains(name.substring(0, equals))) {
        options.put(name.substring(0, equals), name.substring(equals + 1));
      } else if (FLAGS.contains(name)) {
        options.put(name, "");
      } else if (VALUED.contains(name)) {
        if (i + 1 == arguments.length) {
          throw usage("--" + name + " needs a value");
        }
        options.put(name, arguments[++i]);
      } else {
        // A password is never an option: it would stay in the shell's history and in ps.
        throw usage("unknown option --" + (equals > 0 ? name.substring(0, equals) : name));
      }
    }
  }

  private ExitCode command(DrsConnection drs, Output output) {
    String command = words.get(0);
    switch (command) {
      case "status" -> {
        if (options.containsKey("watch")) {
          return watch(drs, output, null);
        }
        output.record("job", (CompositeData) drs.invoke("status"), JOB);
      }
      case "backup" -> {
        needs(2, "backup DEVICE FEATURE...");
        long job =
            (Long)
                drs.invoke(
                    "backup", words.get(1), words.subList(2, words.size()).toArray(String[]::new));
        return started(drs, output, job);
      }
      case "restore" -> {
        needs(4, "restore DEVICE SET FEATURES SERVER");
        String[] features = words.get(3).split(",");
        String[] summary =
            (String[])
                drs.invoke("restoreSummary", words.get(1), words.get(2), features, words.get(4));
        if (!options.containsKey("yes")) {
          for (String line : summary) {
            err.println(line);
          }
          if (!confirmed()) {
            throw new CommandException(
                ExitCode.REFUSED, "restore not confirmed: type yes, or give --yes");
          }
        }
        long job = (Long) drs.invoke("restore", words.get(1), words.get(2), features, words.get(4));
        return started(drs, output, job);
      }
      case "show_backupfiles" -> {
        needs(1, "show_backupfiles DEVICE");
        output.table(
            "sets",
            (CompositeData[]) drs.invoke("showBackupFiles", words.get(1)),
            "setName",
            "server",
            "result",
            "bytes",
            "features");
      }
      case "cancel_backup" -> output.values(Map.of("message", drs.invoke("cancelBackup")));
      case "cancel_restore" -> output.values(Map.of("message", drs.invoke("cancelRestore")));
      case "show_registration" -> {
        needs(1, "show_registration SERVER");
        lines(output, "registration", (String[]) drs.invoke("showRegistration", words.get(1)));
      }
      case "show_tapeid" -> {
        needs(1, "show_tapeid DEVICE");
        output.values(Map.of("tape", drs.invoke("showTapeId", words.get(1))));
      }
      case "history" -> {
        needs(1, "history backup|restore");
        output.table(
            "jobs",
            (CompositeData[]) drs.invoke("history", words.get(1)),
            "id",
            "result",
            "setName",
            "device",
            "features",
            "startedBy",
            "startedAt");
      }
      case "device" -> {
        return new DeviceCommand(drs, output, words, options, environment, err).run();
      }
      case "schedule" -> schedule(drs, output);
      case "estimate_size" -> {
        needs(1, "estimate_size FEATURE...");
        output.values(
            Map.of(
                "bytes",
                drs.invoke(
                    "estimateSize",
                    (Object) words.subList(1, words.size()).toArray(String[]::new))));
      }
      default -> throw usage("unknown command " + command);
    }
    return ExitCode.SUCCESS;
  }

  private ExitCode schedule(DrsConnection drs, Output output) {
    needs(1, "schedule list|enable|disable|delete");
    String action = words.get(1);
    if (action.equals("list")) {
      output.table(
          "schedules",
          (CompositeData[]) drs.invoke("listSchedules"),
          "name",
          "device",
          "features",
          "frequency",
          "enabled",
          "nextRunAt");
      return ExitCode.SUCCESS;
    }
    if (!Set.of("enable", "disable", "delete").contains(action)) {
      throw usage(
          "schedule " + action + " is not a schedule command: list, enable, disable, delete");
    }
    needs(2, "schedule " + action + " NAME");
    output.values(Map.of("message", drs.invoke(action + "Schedule", words.get(2))));
    return ExitCode.SUCCESS;
  }

  /** A job was started: its id, or with --wait its end, whose result is the exit code. */
  private ExitCode started(DrsConnection drs, Output output, long job) {
    if (options.containsKey("wait")) {
      return watch(drs, output, job);
    }
    output.values(Map.of("jobId", job));
    return ExitCode.SUCCESS;
  }

  /**
   * Follows the job (or the running one) until it ends, with a progress line on a terminal, then
   * prints it as {@code status} does; the exit code is its result's.
   */
  private ExitCode watch(DrsConnection drs, Output output, Long job) {
    boolean terminal = System.console() != null && !output.json();
    CompositeData status = new JobWatch(drs, err, terminal).until(job);
    output.record("job", status, JOB);
    return status == null ? ExitCode.SUCCESS : ExitCode.ofJobResult((String) status.get("result"));
  }

  private void lines(Output output, String key, String[] lines) {
    if (output.json()) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put(key, lines);
      output.values(value);
    } else {
      for (String line : lines) {
        out.println(line);
      }
    }
  }

  private boolean confirmed() {
    if (System.console() == null) {
      return false;
    }
    String answer = System.console().readLine("Restore and overwrite the above? Type yes: ");
    return "yes".equals(answer);
  }

  private void needs(int arguments, String form) {
    if (words.size() < arguments + 1) {
      throw usage("usage: drs " + form);
    }
  }

  static CommandException usage(String message) {
    return new CommandException(ExitCode.USAGE, message + " (drs --help lists the commands)");
  }
}
