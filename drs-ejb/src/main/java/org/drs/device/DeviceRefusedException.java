package org.drs.device;

import org.drs.common.RefusedException;

/**
 * A device change refused as a whole — the limit of 10 devices, a device in use, a job holding the
 * platform lock — with the reason in the administrator's words. Nothing was changed.
 */
public class DeviceRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public DeviceRefusedException(String message) {
    super(message);
  }
}
