package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.drs.backup.BackupFile;
import org.drs.backup.BackupFiles;
import org.drs.device.BackupDeviceService;
import org.drs.storage.StorageException;
import org.drs.web.common.Messages;
import org.drs.web.device.DeviceChoices;

/** The Backup Files page: choose a device and see the complete sets on it, newest first. */
@Named
@ViewScoped
public class BackupFilesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BackupFiles backupFiles;
  @EJB private BackupDeviceService devices;

  private Map<String, Long> deviceChoices;
  private Long device;
  private List<BackupFile> files = List.of();

  @PostConstruct
  void init() {
    deviceChoices = DeviceChoices.of(devices.list());
  }

  public void show() {
    if (device == null) {
      files = List.of();
      return;
    }
    try {
      files = backupFiles.onDevice(device);
    } catch (StorageException e) {
      files = List.of();
      Messages.error(null, e.getMessage());
    }
  }

  public Map<String, Long> getDeviceChoices() {
    return deviceChoices;
  }

  public Long getDevice() {
    return device;
  }

  public void setDevice(Long device) {
    this.device = device;
  }

  public List<BackupFile> getFiles() {
    return files;
  }
}
