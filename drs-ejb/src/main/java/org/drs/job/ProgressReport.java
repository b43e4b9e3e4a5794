package org.drs.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a job is, as the status pages, JMX and the command line show it: its percentage (the mean
 * of its components'), the bytes done, the component being worked on, the throughput since it
 * started and, once it has a throughput and knows how much is left, when it should end.
 *
 * @param currentComponent {@code FEATURE/COMPONENT}, empty when none runs
 * @param estimatedEnd empty while nothing can be estimated
 */
public record ProgressReport(
    int percentage,
    long bytesDone,
    String currentComponent,
    long bytesPerSecond,
    Optional<Instant> estimatedEnd) {

  /** The progress of a job at an instant, with the bytes copied of its running component. */
  public static ProgressReport of(JobRecord job, JobProgress progress, Instant now) {
    long done = 0;
    long expected = 0;
    boolean expectedKnown = true;
    int percentages = 0;
    String current = "";
    for (JobComponent component : job.getComponents()) {
      long copied = 0;
      if (component.getStatus() == ComponentStatus.RUNNING) {
        current = component.getFeature() + "/" + component.getComponent();
        copied = progress.copied(component.getId());
      } else if (component.getStatus() == ComponentStatus.SUCCESS && component.getBytes() != null) {
        copied = component.getBytes();
      }
      done += copied;
      percentages += percentage(component, copied);
      if (component.getStatus() == ComponentStatus.SUCCESS && component.getBytes() != null) {
        expected += component.getBytes();
      } else if (component.getStatus() == ComponentStatus.FAILED) {
        // A failed component has nothing left to copy.
        expected += copied;
      } else if (component.getExpectedBytes() != null) {
        expected += component.getExpectedBytes();
      } else {
        expectedKnown = false;
      }
    }
    int count = job.getComponents().size();
    int percentage = count == 0 ? 0 : percentages / count;
    Instant until = job.getEndedAt() == null ? now : job.getEndedAt();
    long millis = Math.max(1, Duration.between(job.getStartedAt(), until).toMillis());
    long bytesPerSecond = done * 1000 / millis;
    Optional<Instant> end = Optional.empty();
    if (job.getResult() == JobResult.RUNNING && expectedKnown && bytesPerSecond > 0) {
      end = Optional.of(now.plusSeconds(Math.max(0, expected - done) / bytesPerSecond));
    } else if (job.getEndedAt() != null) {
      end = Optional.of(job.getEndedAt());
    }
    return new ProgressReport(percentage, done, current, bytesPerSecond, end);
  }

  /**
   * A component's percentage: 100 once it succeeded, else the share of its expected bytes copied,
   * at most 99 until it is done (the expectation is the last run's size, not a promise).
   */
  public static int percentage(JobComponent component, long copied) {
    if (component.getStatus() == ComponentStatus.SUCCESS) {
      return 100;
    }
    if (component.getStatus() != ComponentStatus.RUNNING
        || component.getExpectedBytes() == null
        || component.getExpectedBytes() == 0) {
      return 0;
    }
    return (int) Math.min(99, copied * 100 / component.getExpectedBytes());
  }
}
