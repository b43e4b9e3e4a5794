package org.drs.web.device;

import java.io.Serializable;
import org.drs.device.BackupDevice;

/** One line of the Backup Device List: what the page shows of a device, never a secret. */
public final class DeviceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String type;
  private final String location;
  private final Integer backupsToStore;
  private final boolean needsSecret;

  private DeviceRow(BackupDevice device) {
    this.id = device.getId();
    this.name = device.getName();
    this.type = device.getType().label();
    this.location = device.getLocation();
    this.backupsToStore = device.getBackupsToStore();
    this.needsSecret = device.needsSecret();
  }

  static DeviceRow of(BackupDevice device) {
    return new DeviceRow(device);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }

  public String getLocation() {
    return location;
  }

  public Integer getBackupsToStore() {
    return backupsToStore;
  }

  public boolean isNeedsSecret() {
    return needsSecret;
  }
}
