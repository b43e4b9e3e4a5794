package org.drs.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drs.alarm.Alarm;
import org.drs.job.ProgressReport;

/**
 * What DRS's monitoring knows, as sampled at one moment in the background: the metrics and the
 * Overview read it, and never measure anything themselves (an SFTP server can hang).
 *
 * @param progress the progress of each running job, by job id
 * @param activeAlarms the active alarms, newest first
 */
public record MonitoringSample(
    Instant sampledAt,
    List<FeatureFigures> features,
    List<DeviceFigures> devices,
    Map<Long, ProgressReport> progress,
    List<Alarm> activeAlarms) {

  /** Before the first sample. */
  public static MonitoringSample none() {
    return new MonitoringSample(null, List.of(), List.of(), Map.of(), List.of());
  }

  public Optional<FeatureFigures> feature(String name) {
    return features.stream().filter(f -> f.feature().equals(name)).findFirst();
  }

  public Optional<DeviceFigures> device(String name) {
    return devices.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
