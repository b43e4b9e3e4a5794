package org.drs.web.device;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drs.device.BackupDevice;

/** The devices a page offers to choose from: "name (type)" to device id, in list order. */
public final class DeviceChoices {

  private DeviceChoices() {}

  public static Map<String, Long> of(List<BackupDevice> devices) {
    Map<String, Long> choices = new LinkedHashMap<>();
    for (BackupDevice device : devices) {
      choices.put(device.getName() + " (" + device.getType().label() + ")", device.getId());
    }
    return choices;
  }
}
