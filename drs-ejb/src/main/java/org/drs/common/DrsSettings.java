package org.drs.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * Server-wide settings. Their values are system properties set by {@code wildfly-config/} scripts,
 * so an administrator changes them with the WildFly CLI, never in code.
 */
@ApplicationScoped
public class DrsSettings {

  static final String LOCAL_BACKUP_DIRECTORY = "drs.backup.local-directory";
  static final String ALARM_RETENTION_DAYS = "drs.alarm.retention-days";
  static final String PLATFORM_DIRECTORY = "drs.platform.directory";
  static final String REGISTRATION_DIRECTORY = "drs.registration.directory";
  static final String SERVER_NAME = "drs.server.name";
  static final String JOB_LOG_DIRECTORY = "drs.job-log.directory";

  /** Where the embedded default keeps backups when no other device is configured. */
  public Path localBackupDirectory() {
    return Path.of(required(LOCAL_BACKUP_DIRECTORY));
  }

  /** Where DRS keeps its own settings exports (drfDevice.xml, drfSchedule.xml). */
  public Path platformDirectory() {
    return Path.of(required(PLATFORM_DIRECTORY));
  }

  /** Where administrators put feature registration descriptors ({@code *.xml}). */
  public Path registrationDirectory() {
    return Path.of(required(REGISTRATION_DIRECTORY));
  }

  /** Where each backup and restore job writes its own log file. */
  public Path jobLogDirectory() {
    return Path.of(required(JOB_LOG_DIRECTORY));
  }

  /**
   * This server's name in backup file names and manifests: upper case, and only letters, digits and
   * dashes, since file names separate their parts with underscores.
   */
  public String serverName() {
    String name =
        required(SERVER_NAME).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "-");
    return name.isEmpty() ? "DRS" : name;
  }

  /** How long raised alarms stay in the alarm log. */
  public int alarmRetentionDays() {
    String days = required(ALARM_RETENTION_DAYS);
    try {
      return Integer.parseInt(days.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "System property "
              + ALARM_RETENTION_DAYS
              + " must be a whole number of days, not '"
              + days
              + "': fix it in wildfly-config/configure-drs.cli");
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: apply wildfly-config/configure-drs.cli");
    }
    return value;
  }
}
