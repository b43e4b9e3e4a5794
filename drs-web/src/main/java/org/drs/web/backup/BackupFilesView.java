package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drs.backup.BackupFile;
import org.drs.backup.BackupFiles;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.storage.StorageException;

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
    deviceChoices = new LinkedHashMap<>();
    for (BackupDevice d : devices.list()) {
      deviceChoices.put(d.getName() + " (" + d.getType().label() + ")", d.getId());
    }
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
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
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
