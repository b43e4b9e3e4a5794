package org.drs.jmx;

/**
 * DRS's operations for JMX clients (JConsole, VisualVM, the {@code drs} command line), registered
 * as {@value DisasterRecoveryRegistration#OBJECT_NAME}. Only open types cross it, so a client needs
 * no DRS class. Every call requires a caller in the group {@code drs-admin}; a refusal arrives as
 * an {@link IllegalStateException} (or {@link SecurityException}) with the pages' message.
 */
public interface DisasterRecoveryMXBean {

  /**
   * The guide's {@code backup}: starts a backup of the features (DRS's own settings are always
   * added) to the named device.
   *
   * @return the id of the job, for {@link #history} and the job log
   */
  long backup(String device, String[] features);

  /** The guide's {@code status}: the running backup or restore, else the newest job. */
  JobView status();

  /** The guide's {@code cancel_backup}: the running backup stops after its current component. */
  String cancelBackup();

  /** The guide's {@code show_backupfiles}: the complete sets on the named device, newest first. */
  BackupFileView[] showBackupFiles(String device);

  /**
   * The last 20 jobs of a kind, newest first.
   *
   * @param kind {@code backup} or {@code restore}
   */
  JobView[] history(String kind);

  /**
   * What the guide's {@code restore} would do, without doing it: what each component overwrites, or
   * every problem that stops it.
   *
   * @param backupSet the set's name, or {@code <name>@<SERVER>} when two servers wrote one
   * @param server the server to restore onto
   */
  String[] restoreSummary(String device, String backupSet, String[] features, String server);

  /**
   * The guide's {@code restore}: after the same checks as {@link #restoreSummary}, restores the
   * features of the set onto the server.
   *
   * @return the id of the job
   */
  long restore(String device, String backupSet, String[] features, String server);

  /** Cancel Restore: the running restore stops before its swap; refused once the swap began. */
  String cancelRestore();

  /** The guide's {@code show_registration}: each feature registered on the server and its parts. */
  String[] showRegistration(String server);

  /**
   * The guide's {@code show_tapeid}: the named tape device's drive status and what its tape holds
   * (blank, not a DRS tape, or the tape ID and set). It reads the tape's label, so it is refused
   * while a backup writes to the drive.
   */
  String showTapeId(String device);

  /**
   * The room a backup of the features needs, in bytes, from their components' sizes in the newest
   * backup that wrote them; -1 for a feature no backup wrote yet.
   */
  long estimateSize(String[] features);

  DeviceView[] listDevices();

  /**
   * Adds a backup device after validating it for real, with the pages' rules. An SFTP server's host
   * key must be trusted by its fingerprint: without one (or with another) the call is refused with
   * the fingerprint the server presented, to be compared and passed on a second call.
   *
   * @param type {@code SFTP}, {@code LOCAL} or {@code TAPE}
   * @param host empty unless SFTP; {@code user} and the secrets likewise
   * @param port the SFTP port; 0 for 22
   * @param password the SFTP password, or empty when a private key is given
   * @param privateKey an OpenSSH private key (PEM text), or empty
   * @param trustedFingerprint the SFTP server's host key as {@code SHA256:…}, or empty
   * @param compression {@code ZSTD}, {@code GZIP} or {@code NONE}; empty for zstd
   * @return what was saved
   */
  String addDevice(
      String name,
      String type,
      String path,
      int backupsToStore,
      String host,
      int port,
      String user,
      String password,
      String privateKey,
      String trustedFingerprint,
      String compression);

  /**
   * Adds a tape device after asking the drive for its status (nothing is written, the tape is not
   * moved).
   *
   * @param path the non-rewinding device, e.g. {@code /dev/nst0}
   * @param blockSizeKib the record size in KiB, 1 to 16384; 0 for 1024
   * @param overwrite whether a backup may replace the set the tape holds
   * @return what was saved, and the drive's status
   */
  String addTapeDevice(String name, String path, int blockSizeKib, boolean overwrite);

  /**
   * Deletes the named device, with the pages' rules (not while a schedule uses it or a job runs).
   */
  String deleteDevice(String device);

  ScheduleView[] listSchedules();

  String enableSchedule(String schedule);

  String disableSchedule(String schedule);

  String deleteSchedule(String schedule);

  /** The running job, or null. */
  JobView getCurrentJob();

  /** The newest backup, or null. */
  JobView getLastBackup();

  /** The newest restore, or null. */
  JobView getLastRestore();

  /** Seconds since the newest successful backup ended; -1 when none did. */
  long getLastSuccessfulBackupAgeSeconds();

  /**
   * The active alarms, newest first: an alarm of a job until a later job of the same kind ends
   * SUCCESS, an alarm of no job for 24 hours.
   */
  AlarmView[] getActiveAlarms();
}
