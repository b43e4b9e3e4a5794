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
  static final String BACKUP_TIMEOUT_SECONDS = "drs.backup.timeout-seconds";
  static final String RESTORE_TIMEOUT_SECONDS = "drs.restore.timeout-seconds";
  static final String STAGING_DIRECTORY = "drs.restore.staging-directory";
  static final String RESTORE_MAX_NAME_BYTES = "drs.restore.max-name-bytes";
  static final String RESTORE_MAX_PAX_HEADER_BYTES = "drs.restore.max-pax-header-bytes";
  static final String RESTORE_MAX_ENTRIES = "drs.restore.max-entries";
  static final String RESTORE_MAX_DEPTH = "drs.restore.max-depth";

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

  /** Where restore jobs stage components before they replace the live data. */
  public Path stagingDirectory() {
    return Path.of(required(STAGING_DIRECTORY));
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

  /** How long a backup may run before it is ended as failed: the guide's 20 hours by default. */
  public java.time.Duration backupTimeout() {
    return java.time.Duration.ofSeconds(positiveNumber(BACKUP_TIMEOUT_SECONDS));
  }

  /**
   * How long a restore may run before its watchdog ends it: 20 hours by default, like a backup. A
   * swap in progress is never cut: the watchdog waits for it or its put-back to finish.
   */
  public java.time.Duration restoreTimeout() {
    return java.time.Duration.ofSeconds(positiveNumberOr(RESTORE_TIMEOUT_SECONDS, 72_000));
  }

  /** How long raised alarms stay in the alarm log. */
  public int alarmRetentionDays() {
    return positiveNumber(ALARM_RETENTION_DAYS);
  }

  /** The longest name or link target a restored archive may hold, in bytes. */
  public int restoreMaxNameBytes() {
    return positiveNumberOr(RESTORE_MAX_NAME_BYTES, 4096);
  }

  /** The largest pax header a restored archive may hold, in bytes. */
  public int restoreMaxPaxHeaderBytes() {
    return positiveNumberOr(RESTORE_MAX_PAX_HEADER_BYTES, 1024 * 1024);
  }

  /** The most entries one restored component archive may hold. */
  public int restoreMaxEntries() {
    return positiveNumberOr(RESTORE_MAX_ENTRIES, 10_000_000);
  }

  /** The deepest path, in directories, a restored archive may hold. */
  public int restoreMaxDepth() {
    return positiveNumberOr(RESTORE_MAX_DEPTH, 512);
  }

  /** A limit a configuration from before the limits existed does not set: the default applies. */
  private static int positiveNumberOr(String name, int defaultValue) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? defaultValue : positiveNumber(name);
  }

  private static int positiveNumber(String name) {
    String value = required(name);
    try {
      int number = Integer.parseInt(value.trim());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below, with what to do.
    }
    throw new IllegalStateException(
        "System property "
            + name
            + " must be a whole number greater than 0, not '"
            + value
            + "': fix it in wildfly-config/configure-drs.cli");
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
