package org.drs.web.overview;

import java.time.Instant;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceType;
import org.drs.monitoring.DeviceFigures;
import org.drs.web.common.Figures;

/** A device on the Overview, with its free space as last measured in the background. */
public final class DeviceRow {

  private final String name;
  private final String type;
  private final String location;
  private final boolean local;
  private final String free;
  private final Instant measuredAt;

  DeviceRow(BackupDevice device, DeviceFigures figures) {
    this.name = device.getName();
    this.type = device.getType().label();
    this.location = device.getLocation();
    this.local = device.getType() == DeviceType.LOCAL;
    this.free =
        figures == null
            ? "not measured yet"
            : figures.freeBytes().isPresent()
                ? Figures.bytes(figures.freeBytes().getAsLong())
                : device.getType() == DeviceType.TAPE ? "a tape cannot tell" : "did not answer";
    this.measuredAt = figures == null ? null : figures.measuredAt();
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

  /** A directory on this server's own disk: lost with the server, so no disaster recovery. */
  public boolean isLocal() {
    return local;
  }

  public String getFree() {
    return free;
  }

  public Instant getMeasuredAt() {
    return measuredAt;
  }
}
