package org.drs.device;

import jakarta.ejb.ApplicationException;

/**
 * A device change refused as a whole — the limit of 10 devices, a device in use, a job holding the
 * platform lock — with the reason in the administrator's words. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class DeviceRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DeviceRefusedException(String message) {
    super(message);
  }
}
