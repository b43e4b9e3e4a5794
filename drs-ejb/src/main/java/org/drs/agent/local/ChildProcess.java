package org.drs.agent.local;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs a program DRS starts for a component (a script, pg_dump, pg_restore) so that it can neither
 * hang a job nor learn DRS's secrets: in a process group of its own ({@code setsid}), with only the
 * environment listed in {@link #INHERITED} plus the variables the caller gives, and a time limit.
 * Its output (standard error merged) is drained by a reader of its own into a bounded {@link
 * OutputTail}. When the program exits, DRS waits at most {@link #OUTPUT_GRACE} for the output to
 * end and leaves running whatever the program started (a post-backup script may legitimately start
 * the application again, keeping the output open); only a time-out, an interrupted step or the
 * shutdown of DRS ends the whole group: SIGTERM, then SIGKILL after {@link #TERM_GRACE}.
 */
final class ChildProcess {

  /** The only variables a child process inherits from WildFly's environment, besides LC_*. */
  static final Set<String> INHERITED =
      Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "TZ", "TMPDIR", "PGPASSFILE");

  static final Duration OUTPUT_GRACE = Duration.ofSeconds(2);
  static final Duration TERM_GRACE = Duration.ofSeconds(10);

  /** setsid's exit status when the program it was to run cannot be executed. */
  private static final int SETSID_COULD_NOT_EXECUTE = 127;

  private static final Logger TRACE = Logger.getLogger(ChildProcess.class.getName());

  /** Every child process running, to end their groups when DRS stops. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  /** How a program ended: its exit status and the last lines it printed. */
  record Result(int exit, String output) {}

  /** The program ran past its limit; its process group was ended. */
  static final class TimedOutException extends IOException {

    private static final long serialVersionUID = 1L;

    TimedOutException(String message) {
      super(message);
    }
  }

  private ChildProcess() {}

  /**
   * Runs the command to its end or its limit.
   *
   * @param variables set in its environment besides the inherited ones, e.g. DRS_PHASE
   * @param what the program in the administrator's words, for messages
   * @throws TimedOutException when it runs past the limit
   * @throws InterruptedException when the step is interrupted; the group is ended first
   */
  static Result run(
      List<String> command, Map<String, String> variables, Duration limit, String what)
      throws IOException, InterruptedException {
    List<String> inGroup = new ArrayList<>();
    inGroup.add("setsid");
    inGroup.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(inGroup).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.clear();
    System.getenv()
        .forEach(
            (name, value) -> {
              if (INHERITED.contains(name) || name.startsWith("LC_")) {
                environment.put(name, value);
              }
            });
    environment.putAll(variables);
    Process process = builder.start();
    RUNNING.add(process);
    try {
      OutputTail tail = new OutputTail();
      Thread reader = drain(process, tail, what);
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        endGroup(process);
        throw new TimedOutException(
            what
                + " did not end within "
                + limit.toSeconds()
                + " seconds and was stopped with its process group"
                + tail.lastLineOrEmpty());
      }
      reader.join(OUTPUT_GRACE.toMillis());
      if (reader.isAlive()) {
        // A process the program started keeps the output open: stop reading, leave it running.
        process.getInputStream().close();
        tail.note("(output no longer read: a process " + what + " started keeps it open)");
      }
      if (process.exitValue() == SETSID_COULD_NOT_EXECUTE && tail.text().startsWith("setsid:")) {
        throw new IOException(what + " cannot be started: " + tail.text());
      }
      return new Result(process.exitValue(), tail.text());
    } catch (InterruptedException e) {
      endGroup(process);
      throw e;
    } finally {
      RUNNING.remove(process);
    }
  }

  /** Ends the process groups of every child still running: DRS is stopping. */
  static void endAll() {
    for (Process process : List.copyOf(RUNNING)) {
      try {
        endGroup(process);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static Thread drain(Process process, OutputTail tail, String what) {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream out = process.getInputStream()) {
                for (int n; (n = out.read(buffer)) >= 0; ) {
                  tail.add(buffer, n);
                }
              } catch (IOException e) {
                // Closed after the grace period: what was read is kept.
              }
            },
            "drs-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    TRACE.fine("Started " + what + " as process group " + process.pid());
    return reader;
  }

  /** SIGTERM to the group, SIGKILL after the grace period to whatever of it is left. */
  private static void endGroup(Process process) throws InterruptedException {
    long group = process.pid();
    TRACE.warning("Ending process group " + group);
    signal("TERM", group);
    long deadline = System.nanoTime() + TERM_GRACE.toNanos();
    while (groupAlive(group) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (groupAlive(group)) {
      signal("KILL", group);
    }
    process.waitFor(TERM_GRACE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static boolean groupAlive(long group) throws InterruptedException {
    return signal("0", group);
  }

  /** Signals a whole process group through the shell's kill, which takes negative ids. */
  private static boolean signal(String signal, long group) throws InterruptedException {
    try {
      Process kill =
          new ProcessBuilder("sh", "-c", "kill -" + signal + " -" + group + " 2>/dev/null").start();
      return kill.waitFor() == 0;
    } catch (IOException e) {
      TRACE.severe("Process group " + group + " could not be signalled: " + e.getMessage());
      return false;
    }
  }
}
