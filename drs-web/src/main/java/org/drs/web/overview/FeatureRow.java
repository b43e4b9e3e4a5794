package org.drs.web.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.drs.monitoring.FeatureFigures;
import org.drs.schedule.Schedule;
import org.drs.web.common.Figures;

/**
 * A feature on the Overview: its last successful backup and whether that is as recent as its
 * enabled schedules promise, and its next scheduled run.
 */
public final class FeatureRow {

  /** How long a scheduled backup may take before its feature counts as overdue. */
  static final Duration GRACE = Duration.ofHours(2);

  private static final Duration LOOK_BACK = Duration.ofDays(40);

  private final String feature;
  private final Instant lastSuccess;
  private final String age;
  private final String size;
  private final String device;
  private final Instant overdueSince;
  private final boolean scheduled;
  private final Schedule next;

  FeatureRow(FeatureFigures figures, List<Schedule> schedules, Instant now) {
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
    this.overdueSince = overdueSince(lastSuccess, covering, now).orElse(null);
    this.next =
        covering.stream()
            .filter(s -> s.getNextRunAt() != null)
            .min(Comparator.comparing(Schedule::getNextRunAt))
            .orElse(null);
  }

  /**
   * The latest run the schedules promised, at least {@link #GRACE} ago, that no successful backup
   * followed; empty when the last success is as recent as promised.
   */
  static Optional<Instant> overdueSince(Instant lastSuccess, List<Schedule> covering, Instant now) {
    return covering.stream()
        .flatMap(s -> s.timing().runsBetween(now.minus(LOOK_BACK), now.minus(GRACE), 1000).stream())
        .max(Comparator.naturalOrder())
        .filter(due -> lastSuccess == null || lastSuccess.isBefore(due));
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
