package org.drs.backup;

import java.util.List;
import org.drs.job.Origin;

/**
 * A request to back up features to a device, from any entry point.
 *
 * @param features the features to back up; DRS's own settings are always added
 * @param scheduleId the schedule the backup runs for, or null for one started by an administrator
 * @param scheduleName its name, or null
 */
public record BackupRequest(
    long deviceId, List<String> features, Origin origin, Long scheduleId, String scheduleName) {

  public BackupRequest {
    features = List.copyOf(features);
  }

  /** A backup an administrator starts, on a page or over JMX. */
  public static BackupRequest byAdministrator(Origin origin, long deviceId, List<String> features) {
    return new BackupRequest(deviceId, features, origin, null, null);
  }

  /** The run of a schedule that fell due. */
  public static BackupRequest bySchedule(
      long scheduleId, String scheduleName, long deviceId, List<String> features) {
    return new BackupRequest(deviceId, features, Origin.SCHEDULE, scheduleId, scheduleName);
  }
}
