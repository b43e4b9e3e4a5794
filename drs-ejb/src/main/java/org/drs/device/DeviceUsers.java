package org.drs.device;

import java.util.List;

/**
 * Something that keeps using backup devices — schedules do — asked before a device is deleted. It
 * lets the capabilities above {@code device} keep it in use without {@code device} knowing them.
 */
public interface DeviceUsers {

  /**
   * What uses the device, in the administrator's words, e.g. "schedule nightly"; empty if nothing.
   */
  List<String> using(long deviceId);
}
