package org.drs.jmx;

import org.drs.device.BackupDevice;

/** A backup device as JMX lists it; never its password or key. */
public class DeviceView {

  private final BackupDevice device;

  DeviceView(BackupDevice device) {
    this.device = device;
  }

  public String getName() {
    return device.getName();
  }

  public String getType() {
    return device.getType().label();
  }

  /** Where it writes: {@code user@host:port/path} or the directory. */
  public String getLocation() {
    return device.getLocation();
  }

  /** A tape device's record size in KiB; 0 for other devices. */
  public int getTapeBlockSizeKib() {
    return device.getTape() == null ? 0 : device.getTape().blockSize() / 1024;
  }

  /** Whether a backup to this tape device replaces the set its tape holds; false for others. */
  public boolean isTapeOverwrite() {
    return device.getTape() != null && device.getTape().overwrite();
  }

  /** Its "number of backups to store"; 0 when the device keeps no count. */
  public int getBackupsToStore() {
    return device.getBackupsToStore() == null ? 0 : device.getBackupsToStore();
  }
}
