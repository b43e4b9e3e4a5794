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
import org.drs.schedule.ImportedSchedule;
import org.drs.schedule.ScheduleExport;
import org.drs.schedule.ScheduleImport;
import org.drs.schedule.ScheduleRestore;

/**
 * Swaps DRS's own settings, the PLATFORM component: the restored drfDevice.xml replaces the device
 * list and then drfSchedule.xml the schedule list (not just the files), so a rebuilt server needs
 * no reconfiguration. A backup made before DRS had schedules keeps the schedules there are. Putting
 * back restores both lists as they were, secrets included.
 */
final class PlatformSwap implements ComponentSwap {

  private final String label;
  private final DeviceRestore devices;
  private final ScheduleRestore schedules;
  private final Path staged;
  private final String restoreDevice;
  private final Path platformDirectory;
  private final Path oldCopies;
  private List<ImportedDevice> oldDevices;
  private List<ImportedSchedule> oldSchedules;
  private List<String> withoutSecrets = List.of();
  private List<String> disabledSchedules = List.of();

  /**
   * @param restoreDevice the name of the device the restore reads from, kept even if the backup
   *     lacks it
   * @param platformDirectory where the server's drfDevice.xml and drfSchedule.xml always say what
   *     the lists are now
   * @param oldCopies the prefix of the copies of those kept until the restore is over, for a crash
   */
  PlatformSwap(
      String label,
      DeviceRestore devices,
      ScheduleRestore schedules,
      Path staged,
      String restoreDevice,
      Path platformDirectory,
      Path oldCopies) {
    this.label = label;
    this.devices = devices;
    this.schedules = schedules;
    this.staged = staged;
    this.restoreDevice = restoreDevice;
    this.platformDirectory = platformDirectory;
    this.oldCopies = oldCopies;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException {
    Path deviceList = staged.resolve(DeviceExport.FILE_NAME);
    if (!Files.isRegularFile(deviceList)) {
      throw new IOException("the backup holds no " + DeviceExport.FILE_NAME);
    }
    List<ImportedDevice> restoredDevices = DeviceImport.read(deviceList);
    Path scheduleList = staged.resolve(ScheduleExport.FILE_NAME);
    List<ImportedSchedule> restoredSchedules =
        Files.isRegularFile(scheduleList) ? ScheduleImport.read(scheduleList) : null;
    oldDevices = devices.current();
    oldSchedules = schedules.current();
    keepOldCopy(DeviceExport.FILE_NAME);
    keepOldCopy(ScheduleExport.FILE_NAME);
    withoutSecrets = devices.replaceWith(restoredDevices, restoreDevice);
    // Without a schedule list, the current schedules find their devices anew by name.
    disabledSchedules =
        schedules.replaceWith(restoredSchedules == null ? oldSchedules : restoredSchedules);
  }

  private void keepOldCopy(String fileName) throws IOException {
    Path current = platformDirectory.resolve(fileName);
    if (Files.exists(current)) {
      Path old = oldCopy(fileName);
      Path partial = old.resolveSibling(old.getFileName() + ".partial");
      Files.copy(current, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, old, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private Path oldCopy(String fileName) {
    return oldCopies.resolveSibling(oldCopies.getFileName() + "." + fileName);
  }

  @Override
  public void putBack() {
    if (oldDevices != null) {
      devices.replaceWith(oldDevices, restoreDevice);
      schedules.replaceWith(oldSchedules);
    }
  }

  @Override
  public void discardOld() throws IOException {
    Files.deleteIfExists(oldCopy(DeviceExport.FILE_NAME));
    Files.deleteIfExists(oldCopy(ScheduleExport.FILE_NAME));
  }

  @Override
  public void putBackAfterCrash() throws IOException {
    Path oldDeviceList = oldCopy(DeviceExport.FILE_NAME);
    if (Files.exists(oldDeviceList)) {
      devices.replaceWith(DeviceImport.read(oldDeviceList), restoreDevice);
    }
    Path oldScheduleList = oldCopy(ScheduleExport.FILE_NAME);
    if (Files.exists(oldScheduleList)) {
      schedules.replaceWith(ScheduleImport.read(oldScheduleList));
    }
  }

  /** The restored devices whose secrets this server's security password cannot open. */
  List<String> withoutSecrets() {
    return withoutSecrets;
  }

  /** The restored schedules that came back disabled, each with why. */
  List<String> disabledSchedules() {
    return disabledSchedules;
  }
}
