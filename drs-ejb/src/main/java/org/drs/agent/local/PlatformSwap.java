package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drs.device.DeviceExport;
import org.drs.device.DeviceImport;
import org.drs.device.DeviceRestore;
import org.drs.device.ImportedDevice;

/**
 * Swaps DRS's own settings, the PLATFORM component: the restored drfDevice.xml replaces the device
 * list (not just the file), so a rebuilt server needs no reconfiguration. Putting back restores the
 * list as it was, secrets included.
 */
final class PlatformSwap implements ComponentSwap {

  private final String label;
  private final DeviceRestore devices;
  private final Path staged;
  private final long restoreDeviceId;
  private List<ImportedDevice> old;
  private List<String> withoutSecrets = List.of();

  /**
   * @param restoreDeviceId the device the restore reads from, kept even if the backup lacks it
   */
  PlatformSwap(String label, DeviceRestore devices, Path staged, long restoreDeviceId) {
    this.label = label;
    this.devices = devices;
    this.staged = staged;
    this.restoreDeviceId = restoreDeviceId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException {
    Path list = staged.resolve(DeviceExport.FILE_NAME);
    if (!Files.isRegularFile(list)) {
      throw new IOException("the backup holds no " + DeviceExport.FILE_NAME);
    }
    List<ImportedDevice> restored = DeviceImport.read(list);
    old = devices.current();
    withoutSecrets = devices.replaceWith(restored, restoreDeviceId);
  }

  @Override
  public void putBack() {
    if (old != null) {
      devices.replaceWith(old, restoreDeviceId);
    }
  }

  @Override
  public void discardOld() {
    // The old list lives in memory only.
  }

  /** The restored devices whose secrets this server's security password cannot open. */
  List<String> withoutSecrets() {
    return withoutSecrets;
  }
}
