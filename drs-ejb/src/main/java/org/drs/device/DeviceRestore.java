package org.drs.device;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.drs.security.SecretBox;
import org.drs.security.SecurityPassword;
import org.drs.security.UnreadableSecretException;

/**
 * Replaces the device list by a restored one, as the guide says a restore of DRS's own settings
 * does: devices are matched by name (keeping their ids), the ones the backup lacks are removed but
 * the device the running restore reads from, and secrets this server's security password cannot
 * open are dropped, so those devices need them entered again. Only the restore job calls this,
 * which holds the platform lock itself.
 */
@Stateless
@PermitAll
public class DeviceRestore {

  private static final Logger TRACE = Logger.getLogger(DeviceRestore.class.getName());

  @Inject private DeviceRepository deviceRepository;
  @Inject private SecurityPassword securityPassword;
  @Inject private DeviceExport export;

  /** The devices as they are now, for putting them back. */
  public List<ImportedDevice> current() {
    return devices().stream().map(ImportedDevice::of).toList();
  }

  /**
   * @param keptDevice the name of the device the restore reads from, kept even if the backup lacks
   *     it; null when putting back a list that already holds it
   * @return the names of the devices that came back without their secrets
   */
  public List<String> replaceWith(List<ImportedDevice> restored, String keptDevice) {
    SecretBox secrets = securityPassword.secrets();
    List<BackupDevice> present = devices();
    Set<String> restoredKeys = new HashSet<>();
    List<String> withoutSecrets = new ArrayList<>();
    for (ImportedDevice device : restored) {
      ImportedDevice usable = device;
      if (!opens(secrets, device)) {
        usable = device.withoutSecrets();
        withoutSecrets.add(device.name());
      }
      String key = DeviceRules.nameKey(device.name());
      restoredKeys.add(key);
      BackupDevice match =
          present.stream().filter(d -> d.nameKey().equals(key)).findFirst().orElse(null);
      if (match == null) {
        deviceRepository.add(new BackupDevice(usable));
      } else {
        match.restoreFrom(usable);
      }
    }
    for (BackupDevice device : present) {
      if (!restoredKeys.contains(device.nameKey())
          && (keptDevice == null || !device.nameKey().equals(DeviceRules.nameKey(keptDevice)))) {
        deviceRepository.remove(device);
      }
    }
    deviceRepository.flush();
    export.write(devices());
    TRACE.info(
        "Backup devices restored: "
            + restored.size()
            + (withoutSecrets.isEmpty() ? "" : "; without their secrets: " + withoutSecrets));
    return withoutSecrets;
  }

  private static boolean opens(SecretBox secrets, ImportedDevice device) {
    try {
      if (device.sealedPassword() != null) {
        secrets.open(device.sealedPassword());
      }
      if (device.sealedPrivateKey() != null) {
        secrets.open(device.sealedPrivateKey());
      }
      return true;
    } catch (UnreadableSecretException e) {
      return false;
    }
  }

  private List<BackupDevice> devices() {
    return deviceRepository.all();
  }
}
