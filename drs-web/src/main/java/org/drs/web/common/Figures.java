package org.drs.web.common;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Sizes and durations as the pages write them: 1.5 GiB, 12.0 MiB/s, 1 h 05 min, 42 s. */
public final class Figures {

  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private Figures() {}

  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  public static String throughput(long bytesPerSecond) {
    return bytes(bytesPerSecond) + "/s";
  }

  public static String duration(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    if (seconds < 86400) {
      return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
    return String.format(Locale.ROOT, "%d d %02d h", seconds / 86400, seconds % 86400 / 3600);
  }

  /** A time left, or a dash while it cannot be estimated. */
  public static String timeLeft(Optional<Duration> left) {
    return left.map(Figures::duration).orElse("—");
  }
}
