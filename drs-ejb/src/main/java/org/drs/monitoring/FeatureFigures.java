package org.drs.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;

/**
 * One feature's figures from the job history: its last successful backup, its last backup that
 * ended, how its jobs ended, its restores and the job that runs for it now.
 *
 * @param lastSuccess the end of the last SUCCESS backup, null when there is none
 * @param lastSuccessBytes what that backup wrote of this feature
 * @param lastSuccessDevice the device it went to
 * @param lastDuration how long the last backup that ended took, null when none ended
 * @param lastReadBytes what that backup read of this feature (its content)
 * @param lastWrittenBytes what it wrote of this feature (the archives)
 * @param running the job that runs for this feature now, null when none does
 */
public record FeatureFigures(
    String feature,
    Instant lastSuccess,
    long lastSuccessBytes,
    String lastSuccessDevice,
    Duration lastDuration,
    long lastReadBytes,
    long lastWrittenBytes,
    Map<JobResult, Long> backupResults,
    Map<JobResult, Long> restoreResults,
    Duration restoreTime,
    JobRecord running) {

  /** The figures of a feature from the jobs, newest first. */
  public static FeatureFigures of(String feature, List<JobRecord> newestFirst) {
    JobRecord lastSuccess = null;
    JobRecord lastEnded = null;
    JobRecord running = null;
    Map<JobResult, Long> backups = new EnumMap<>(JobResult.class);
    Map<JobResult, Long> restores = new EnumMap<>(JobResult.class);
    Duration restoreTime = Duration.ZERO;
    for (JobRecord job : newestFirst) {
      if (!concerns(job, feature)) {
        continue;
      }
      if (job.getResult() == JobResult.RUNNING) {
        running = running == null ? job : running;
        continue;
      }
      boolean backup = job.getKind() == JobKind.BACKUP;
      (backup ? backups : restores).merge(job.getResult(), 1L, Long::sum);
      if (!backup) {
        restoreTime = restoreTime.plus(duration(job));
      } else if (job.getResult().ran()) {
        lastEnded = lastEnded == null ? job : lastEnded;
        if (lastSuccess == null && job.getResult() == JobResult.SUCCESS) {
          lastSuccess = job;
        }
      }
    }
    return new FeatureFigures(
        feature,
        lastSuccess == null ? null : lastSuccess.getEndedAt(),
        lastSuccess == null ? 0 : written(lastSuccess, feature),
        lastSuccess == null ? null : lastSuccess.getDeviceName(),
        lastEnded == null ? null : duration(lastEnded),
        lastEnded == null ? 0 : read(lastEnded, feature),
        lastEnded == null ? 0 : written(lastEnded, feature),
        backups,
        restores,
        restoreTime,
        running);
  }

  /**
   * Whether a job backed up or restored the feature, by its components or, for a run that never
   * started, its list.
   */
  static boolean concerns(JobRecord job, String feature) {
    if (job.getComponents().stream().anyMatch(c -> feature.equals(c.getFeature()))) {
      return true;
    }
    return job.getFeatures() != null
        && Arrays.stream(job.getFeatures().split(",")).map(String::trim).anyMatch(feature::equals);
  }

  private static Duration duration(JobRecord job) {
    return job.getEndedAt() == null
        ? Duration.ZERO
        : Duration.between(job.getStartedAt(), job.getEndedAt());
  }

  private static long written(JobRecord job, String feature) {
    return components(job, feature).mapToLong(c -> c.getBytes() == null ? 0 : c.getBytes()).sum();
  }

  private static long read(JobRecord job, String feature) {
    return components(job, feature)
        .mapToLong(c -> c.getContentBytes() == null ? 0 : c.getContentBytes())
        .sum();
  }

  private static java.util.stream.Stream<JobComponent> components(JobRecord job, String feature) {
    return job.getComponents().stream().filter(c -> feature.equals(c.getFeature()));
  }
}
