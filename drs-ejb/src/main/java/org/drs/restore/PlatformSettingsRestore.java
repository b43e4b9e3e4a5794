package org.drs.restore;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.drs.common.DrsSettings;
import org.drs.common.Durable;
import org.drs.common.PrivateFiles;
import org.drs.device.DeviceExport;
import org.drs.device.DeviceImport;
import org.drs.device.DeviceRestore;
import org.drs.device.ImportedDevice;
import org.drs.schedule.ImportedSchedule;
import org.drs.schedule.ScheduleExport;
import org.drs.schedule.ScheduleImport;
import org.drs.schedule.ScheduleRestore;

/**
 * DRS's own settings — the device list, then the schedules — restored by the Master Agent into its
 * database, not just as files, so a rebuilt server needs no reconfiguration. A backup made before
 * DRS had schedules keeps the schedules there are. The lists as they were are kept in memory and on
 * disk until the restore is over: put back if the Local Agent's swap of the data fails, or after a
 * crash that interrupted it.
 */
@ApplicationScoped
public class PlatformSettingsRestore {

  private static final Logger TRACE = Logger.getLogger(PlatformSettingsRestore.class.getName());

  @Inject private DrsSettings settings;
  @EJB private DeviceRestore devices;
  @EJB private ScheduleRestore schedules;

  /**
   * The settings a restore replaced: what to put back, and what the administrator must do about the
   * restored ones.
   */
  public record Applied(
      List<ImportedDevice> oldDevices,
      List<ImportedSchedule> oldSchedules,
      List<String> withoutSecrets,
      List<String> disabledSchedules) {

    /** What the administrator must do about the restored settings: empty when nothing. */
    public String notice() {
      StringBuilder notice = new StringBuilder();
      if (!withoutSecrets.isEmpty()) {
        notice.append(
            "Backup devices "
                + String.join(", ", withoutSecrets)
                + " came back without their passwords or keys, which were sealed under another"
                + " security password: edit each device and enter it again.");
      }
      if (!disabledSchedules.isEmpty()) {
        notice.append(notice.isEmpty() ? "" : " ");
        notice.append(
            "Schedules "
                + String.join(", ", disabledSchedules)
                + " came back disabled: edit and enable them.");
      }
      return notice.toString();
    }
  }

  /**
   * Replaces the device list and the schedules by the restored ones, keeping the current ones on
   * disk first.
   *
   * @param deviceList the staged drfDevice.xml, or null when the set has none
   * @param scheduleList the staged drfSchedule.xml, or null for a set made before schedules
   * @param restoreDevice the device the restore reads from, kept even if the backup lacks it
   */
  public Applied apply(long jobId, String deviceList, String scheduleList, String restoreDevice)
      throws IOException {
    if (deviceList == null) {
      throw new IOException("the backup holds no " + DeviceExport.FILE_NAME);
    }
    Path work = PrivateFiles.createDirectories(workDirectory(jobId));
    List<ImportedDevice> restoredDevices =
        DeviceImport.read(write(work.resolve("restored." + DeviceExport.FILE_NAME), deviceList));
    List<ImportedSchedule> restoredSchedules =
        scheduleList == null
            ? null
            : ScheduleImport.read(
                write(work.resolve("restored." + ScheduleExport.FILE_NAME), scheduleList));
    List<ImportedDevice> oldDevices = devices.current();
    List<ImportedSchedule> oldSchedules = schedules.current();
    keepOldCopy(work, DeviceExport.FILE_NAME);
    keepOldCopy(work, ScheduleExport.FILE_NAME);
    List<String> withoutSecrets = devices.replaceWith(restoredDevices, restoreDevice);
    // Without a schedule list, the current schedules find their devices anew by name.
    List<String> disabled =
        schedules.replaceWith(restoredSchedules == null ? oldSchedules : restoredSchedules);
    return new Applied(oldDevices, oldSchedules, withoutSecrets, disabled);
  }

  /** Puts back the lists as they were, secrets included, and forgets the kept copies. */
  public void putBack(long jobId, Applied applied) throws IOException {
    devices.replaceWith(applied.oldDevices(), null);
    schedules.replaceWith(applied.oldSchedules());
    finish(jobId);
  }

  /** The restore is over: the kept copies go. */
  public void finish(long jobId) throws IOException {
    Path work = workDirectory(jobId);
    if (Files.isDirectory(work)) {
      try (Stream<Path> files = Files.list(work)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(work);
    }
  }

  /**
   * At the start after a crash: unless the Local Agent finished the restore's swap, puts back the
   * lists kept on disk; then forgets them.
   */
  public void recover(long jobId, boolean finished) throws IOException {
    Path work = workDirectory(jobId);
    if (!Files.isDirectory(work)) {
      return;
    }
    if (!finished) {
      Path oldDevices = work.resolve("old." + DeviceExport.FILE_NAME);
      if (Files.exists(oldDevices)) {
        devices.replaceWith(DeviceImport.read(oldDevices), null);
      }
      Path oldSchedules = work.resolve("old." + ScheduleExport.FILE_NAME);
      if (Files.exists(oldSchedules)) {
        schedules.replaceWith(ScheduleImport.read(oldSchedules));
      }
      TRACE.warning("DRS settings put back as they were before restore job " + jobId);
    }
    finish(jobId);
  }

  private Path workDirectory(long jobId) {
    return settings.platformDirectory().resolve("restore-" + jobId);
  }

  /**
   * The server's own file always says what the list is now; a copy is kept atomically and durably,
   * since a start after a crash puts it back.
   */
  private void keepOldCopy(Path work, String fileName) throws IOException {
    Path current = settings.platformDirectory().resolve(fileName);
    if (Files.exists(current)) {
      Path old = work.resolve("old." + fileName);
      Path partial = old.resolveSibling(old.getFileName() + ".partial");
      Files.copy(current, partial, StandardCopyOption.REPLACE_EXISTING);
      Durable.rename(partial, old);
    }
  }

  private static Path write(Path file, String text) throws IOException {
    PrivateFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
