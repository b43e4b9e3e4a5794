package org.drs.web.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.monitoring.FeatureFigures;
import org.drs.schedule.Schedule;
import org.drs.web.common.Figures;

/**
 * A feature on the Overview: its last successful backup, whether that is as recent as the last runs
 * of its enabled schedules promise, and its next scheduled run.
 */
public final class FeatureRow {

  private final String feature;
  private final Instant lastSuccess;
  private final String age;
  private final String size;
  private final String device;
  private final Instant overdueSince;
  private final boolean scheduled;
  private final Schedule next;

  /**
   * @param lastRuns the newest recorded run of each schedule, by its id
   */
  FeatureRow(
      FeatureFigures figures,
      List<Schedule> schedules,
      Map<Long, JobRecord> lastRuns,
      Instant now) {
    this.feature = figures.feature();
    this.lastSuccess = figures.lastSuccess();
    this.age = lastSuccess == null ? "" : Figures.duration(Duration.between(lastSuccess, now));
    this.size = lastSuccess == null ? "" : Figures.bytes(figures.lastSuccessBytes());
    this.device = figures.lastSuccessDevice();
    List<Schedule> covering =
        schedules.stream()
            .filter(Schedule::isEnabled)
            .filter(s -> s.getFeatures().contains(feature))
            .toList();
    this.scheduled = !covering.isEmpty();
    this.overdueSince =
        overdueSince(
                lastSuccess,
                covering.stream().map(schedule -> lastRuns.get(schedule.getId())).toList())
            .orElse(null);
    this.next =
        covering.stream()
            .filter(s -> s.getNextRunAt() != null)
            .min(Comparator.comparing(Schedule::getNextRunAt))
            .orElse(null);
  }

  /**
   * The start of the newest recorded run of a covering schedule that ended without backing the
   * feature up (failed, partial, cancelled, skipped or missed: every run a schedule falls due for
   * is recorded, even while DRS is down); empty when the last success is at least as recent.
   * Recorded runs, not the schedules' timing, so that weeks a schedule spent disabled promise
   * nothing.
   */
  static Optional<Instant> overdueSince(Instant lastSuccess, List<JobRecord> lastRuns) {
    return lastRuns.stream()
        .filter(Objects::nonNull)
        .filter(run -> run.getResult() != JobResult.RUNNING)
        .map(JobRecord::getStartedAt)
        .filter(start -> lastSuccess == null || lastSuccess.isBefore(start))
        .max(Comparator.naturalOrder());
  }

  public String getFeature() {
    return feature;
  }

  public Instant getLastSuccess() {
    return lastSuccess;
  }

  public String getAge() {
    return age;
  }

  public String getSize() {
    return size;
  }

  public String getDevice() {
    return device;
  }

  public boolean isOverdue() {
    return overdueSince != null;
  }

  /** The scheduled run that no successful backup followed. */
  public Instant getOverdueSince() {
    return overdueSince;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  public Schedule getNext() {
    return next;
  }
}
