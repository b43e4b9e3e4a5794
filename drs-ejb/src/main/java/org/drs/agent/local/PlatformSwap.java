package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
  private final Path currentList;
  private final Path oldList;
  private List<ImportedDevice> old;
  private List<String> withoutSecrets = List.of();

  /**
   * @param restoreDeviceId the device the restore reads from, kept even if the backup lacks it
   * @param currentList the server's drfDevice.xml, which always says what the list is now
   * @param oldList where a copy of it is kept until the restore is over, for a crash
   */
  PlatformSwap(
      String label,
      DeviceRestore devices,
      Path staged,
      long restoreDeviceId,
      Path currentList,
      Path oldList) {
    this.label = label;
    this.devices = devices;
    this.staged = staged;
    this.restoreDeviceId = restoreDeviceId;
    this.currentList = currentList;
    this.oldList = oldList;
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
    if (Files.exists(currentList)) {
      Path partial = oldList.resolveSibling(oldList.getFileName() + ".partial");
      Files.copy(currentList, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, oldList, StandardCopyOption.ATOMIC_MOVE);
    }
    withoutSecrets = devices.replaceWith(restored, restoreDeviceId);
  }

  @Override
  public void putBack() {
    if (old != null) {
      devices.replaceWith(old, restoreDeviceId);
    }
  }

  @Override
  public void discardOld() throws IOException {
    Files.deleteIfExists(oldList);
  }

  @Override
  public void putBackAfterCrash() throws IOException {
    if (Files.exists(oldList)) {
      devices.replaceWith(DeviceImport.read(oldList), restoreDeviceId);
    }
  }

  /** The restored devices whose secrets this server's security password cannot open. */
  List<String> withoutSecrets() {
    return withoutSecrets;
  }
}
