package org.drs.device;

/** The kinds of backup device, with the names the pages show. */
public enum DeviceType {
  SFTP("Network Directory (SFTP)"),
  LOCAL("Local Directory"),
  TAPE("Tape Drive");

  private final String label;

  DeviceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the device keeps a number of backups (a tape holds what is written to it). */
  public boolean keepsBackupCount() {
    return this != TAPE;
  }
}
