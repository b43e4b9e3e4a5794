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
}
