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

  /** The guide's {@code show_tapeid}: the tape in the named device. */
  String showTapeId(String device);

  /**
   * The room a backup of the features needs, in bytes, from their components' sizes in the newest
   * backup that wrote them; -1 for a feature no backup wrote yet.
   */
  long estimateSize(String[] features);

  DeviceView[] listDevices();

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
}
