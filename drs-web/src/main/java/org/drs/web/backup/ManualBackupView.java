package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drs.backup.BackupRequest;
import org.drs.backup.BackupService;
import org.drs.common.RefusedException;
import org.drs.device.BackupDeviceService;
import org.drs.job.Origin;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.web.common.Messages;
import org.drs.web.device.DeviceChoices;

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
    deviceChoices = DeviceChoices.of(devices.list());
    featureChoices =
        registrations.selectableFeatures().stream().map(FeatureRegistration::name).toList();
  }

  public String start() {
    if (device == null) {
      Messages.error("manual-backup-form:device", "Select a backup device.");
      return null;
    }
    try {
      backups.start(BackupRequest.byAdministrator(Origin.PAGE, device, features));
      return "/backup/status?faces-redirect=true";
    } catch (RefusedException e) {
      Messages.refused(e);
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
