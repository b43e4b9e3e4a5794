package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A PostgreSQL database in restorable form: {@code pg_dump}'s custom format, restored by {@code
 * pg_restore} as one transaction that first drops what the dump recreates. pg_dump does not
 * compress, since the archive does, faster and better.
 */
final class PostgresDump {

  /** The archive entry that holds the dump. */
  static final String ENTRY_NAME = "database.pgdump";

  private static final Logger TRACE = Logger.getLogger(PostgresDump.class.getName());

  private final String connection;
  private final Duration limit;

  /**
   * @param connection a libpq connection string, as the registration reader builds it
   * @param limit how long pg_dump or pg_restore may run
   */
  PostgresDump(String connection, Duration limit) {
    this.connection = connection;
    this.limit = limit;
  }

  void writeTo(Path file) throws IOException, InterruptedException {
    run(
        "pg_dump",
        List.of(
            "--format=custom",
            "--compress=0",
            "--no-password",
            "--file=" + file,
            "--dbname=" + connection));
  }

  /** Replaces the database's content by the dump's, all or nothing. */
  void restoreFrom(Path file) throws IOException, InterruptedException {
    run(
        "pg_restore",
        List.of(
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            "--dbname=" + connection,
            file.toString()));
  }

  private void run(String program, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program);
    command.addAll(arguments);
    ChildProcess.Result result;
    try {
      result = ChildProcess.run(command, Map.of(), limit, program);
    } catch (ChildProcess.TimedOutException e) {
      throw new DatabaseDumpException(e.getMessage());
    } catch (IOException e) {
      throw new DatabaseDumpException(
          program
              + " cannot be started ("
              + e.getMessage()
              + "): install the PostgreSQL client programs on this server");
    }
    if (result.exit() != 0) {
      TRACE.warning(program + " exited " + result.exit() + ": " + result.output());
      throw new DatabaseDumpException(
          program + " failed: " + firstError(result.output(), result.exit()));
    }
  }

  private static String firstError(String output, int exit) {
    return output
        .lines()
        .filter(line -> !line.isBlank())
        .findFirst()
        .map(String::strip)
        .orElse("exit status " + exit);
  }
}
