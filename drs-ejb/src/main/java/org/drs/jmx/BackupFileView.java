package org.drs.jmx;

import org.drs.backup.BackupFile;

/** A complete set on a device, as Show Backup Files lists it. */
public class BackupFileView {

  private final BackupFile file;

  BackupFileView(BackupFile file) {
    this.file = file;
  }

  public String getSetName() {
    return file.setName();
  }

  public long getBytes() {
    return file.bytes();
  }

  /** The set's result as its manifest says, or why the manifest could not be read. */
  public String getResult() {
    return file.result();
  }

  public String getFeatures() {
    return file.features();
  }

  public String getServer() {
    return file.server();
  }
}
