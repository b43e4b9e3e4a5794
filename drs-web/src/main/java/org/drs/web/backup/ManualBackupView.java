package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drs.agent.master.PlatformLockedException;
import org.drs.backup.BackupRefusedException;
import org.drs.backup.BackupService;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/** The Manual Backup page: choose a device and features, then Start Backup. */
@Named
@ViewScoped
public class ManualBackupView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BackupService backups;
  @EJB private BackupDeviceService devices;
  @EJB private RegistrationCatalog registrations;

  private Map<String, Long> deviceChoices;
  private List<String> featureChoices;
  private Long device;
  private List<String> features = new ArrayList<>();

  @PostConstruct
  void init() {
    deviceChoices = new LinkedHashMap<>();
    for (BackupDevice d : devices.list()) {
      deviceChoices.put(d.getName() + " (" + d.getType().label() + ")", d.getId());
    }
    featureChoices =
        registrations.selectableFeatures().stream().map(FeatureRegistration::name).toList();
  }

  public String start() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (device == null) {
      context.addMessage(
          "manual-backup-form:device",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Select a backup device.", null));
      return null;
    }
    try {
      backups.startManualBackup(device, features);
      return "/backup/status?faces-redirect=true";
    } catch (BackupRefusedException | PlatformLockedException e) {
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  public Map<String, Long> getDeviceChoices() {
    return deviceChoices;
  }

  public List<String> getFeatureChoices() {
    return featureChoices;
  }

  public Long getDevice() {
    return device;
  }

  public void setDevice(Long device) {
    this.device = device;
  }

  public List<String> getFeatures() {
    return features;
  }

  public void setFeatures(List<String> features) {
    this.features = features;
  }
}
