package org.drs.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far one component of a job is, as the status pages show it: the bytes done, its throughput
 * since it started, how long it has run, and the time it has left — from its throughput and the
 * size it is expected to reach while it runs, else from how long its last successful run took.
 *
 * @param timeLeft empty while nothing can be estimated
 */
public record ComponentProgress(
    long bytesDone, long bytesPerSecond, Duration elapsed, Optional<Duration> timeLeft) {

  /**
   * @param copied the bytes copied so far, for a running component
   * @param lastRun how long the last successful run of the same component took, null when unknown
   */
  public static ComponentProgress of(
      JobComponent component, long copied, Duration lastRun, Instant now) {
    ComponentStatus status = component.getStatus();
    long done =
        switch (status) {
          case SUCCESS -> component.getBytes() == null ? 0 : component.getBytes();
          case RUNNING -> copied;
          default -> 0;
        };
    Duration elapsed =
        component.getStartedAt() == null
            ? Duration.ZERO
            : Duration.between(
                component.getStartedAt(),
                component.getEndedAt() == null ? now : component.getEndedAt());
    long bytesPerSecond = elapsed.isZero() ? 0 : done * 1000 / Math.max(1, elapsed.toMillis());
    Optional<Duration> left =
        switch (status) {
          case SUCCESS, FAILED -> Optional.of(Duration.ZERO);
          case PENDING -> Optional.ofNullable(lastRun);
          case RUNNING -> running(component, done, bytesPerSecond, elapsed, lastRun);
        };
    return new ComponentProgress(done, bytesPerSecond, elapsed, left);
  }

  private static Optional<Duration> running(
      JobComponent component, long done, long bytesPerSecond, Duration elapsed, Duration lastRun) {
    Long expected = component.getExpectedBytes();
    if (expected != null && expected > 0 && bytesPerSecond > 0) {
      return Optional.of(Duration.ofSeconds(Math.max(0, expected - done) / bytesPerSecond));
    }
    if (lastRun != null) {
      Duration left = lastRun.minus(elapsed);
      return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
    return Optional.empty();
  }
}
