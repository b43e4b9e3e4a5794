package org.drs.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.management.openmbean.CompositeData;

/**
 * Follows a job once a second until it ends, drawing a progress line on a terminal: a bar, the
 * percentage, the current component, the bytes done, the throughput and the time left.
 */
final class JobWatch {

  private static final int BAR = 20;

  private final DrsConnection drs;
  private final PrintStream err;
  private final boolean terminal;

  JobWatch(DrsConnection drs, PrintStream err, boolean terminal) {
    this.drs = drs;
    this.err = err;
    this.terminal = terminal;
  }

  /** The job's status once it ended; the running one's when {@code job} is null. */
  CompositeData until(Long job) {
    CompositeData status = (CompositeData) drs.invoke("status");
    while (status != null
        && (job == null || job.equals(status.get("id")))
        && "RUNNING".equals(status.get("result"))) {
      if (terminal) {
        err.print("\r" + line(status, Instant.now()) + "\033[K");
        err.flush();
      }
      pause();
      status = (CompositeData) drs.invoke("status");
    }
    if (terminal) {
      err.println();
    }
    return status;
  }

  static String line(CompositeData status, Instant now) {
    int percentage = (Integer) status.get("percentage");
    int filled = Math.min(BAR, percentage * BAR / 100);
    return String.format(
        Locale.ROOT,
        "%s %s [%s%s] %3d%%  %s  %s  %s/s  %s",
        status.get("kind"),
        status.get("setName"),
        "#".repeat(filled),
        ".".repeat(BAR - filled),
        percentage,
        status.get("currentComponent"),
        bytes((Long) status.get("bytesDone")),
        bytes((Long) status.get("bytesPerSecond")),
        left((String) status.get("estimatedEnd"), now));
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String left(String estimatedEnd, Instant now) {
    if (estimatedEnd == null || estimatedEnd.isEmpty()) {
      return "time left unknown";
    }
    try {
      Duration left = Duration.between(now, Instant.parse(estimatedEnd));
      if (left.isNegative()) {
        left = Duration.ZERO;
      }
      return String.format(
          Locale.ROOT,
          "%d:%02d:%02d left",
          left.toHours(),
          left.toMinutesPart(),
          left.toSecondsPart());
    } catch (DateTimeParseException e) {
      return "time left unknown";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException(ExitCode.FAILED, "interrupted");
    }
  }
}
