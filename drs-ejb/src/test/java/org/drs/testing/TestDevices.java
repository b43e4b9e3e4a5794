package org.drs.testing;

import org.drs.archive.Compression;
import org.drs.device.DeviceAccess;
import org.drs.device.DeviceType;

/** Devices as the Master Agent describes them to a Local Agent, for tests of the messages. */
public final class TestDevices {

  private TestDevices() {}

  /** A local directory device named "local": no host, no user, no secret. */
  public static DeviceAccess local(String path, Compression compression) {
    return new DeviceAccess(
        "local", DeviceType.LOCAL, null, null, null, path, null, null, null, compression, null);
  }
}
