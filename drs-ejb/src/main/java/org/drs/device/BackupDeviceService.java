package org.drs.device;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsRoles;
import org.drs.common.FieldProblem;
import org.drs.common.InputRefusedException;
import org.drs.job.PlatformLock;
import org.drs.security.SecurityPassword;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.tape.TapeStorage;
import org.drs.tape.TapeStatus;
import org.drs.tape.TapeStatusFlag;

/**
 * Manages backup devices as the guide's "Managing Backup Devices" describes: at most 10, each
 * validated for real by the Master Agent before it is saved, none deleted while a schedule uses it,
 * and none changed while a job holds the platform lock. Every change rewrites drfDevice.xml.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
public class BackupDeviceService {

  private static final Logger TRACE = Logger.getLogger(BackupDeviceService.class.getName());

  @Inject private DeviceRepository deviceRepository;
  @Inject private SecurityPassword securityPassword;
  @Inject private DeviceStorage storage;
  @Inject private DeviceExport export;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @Inject @Any private Instance<DeviceUsers> deviceUsers;

  public List<BackupDevice> list() {
    return deviceRepository.all();
  }

  public Optional<BackupDevice> find(long id) {
    return deviceRepository.find(id);
  }

  /**
   * The guide's show_tapeid, also shown on the Backup Device page: the drive's status and what the
   * tape in it holds. Reading the label moves the tape, so it is refused while a backup writes to
   * the drive; it takes as long as the drive takes to rewind and space, so it runs outside a
   * transaction, whose time-out it could outlast.
   *
   * @throws DeviceRefusedException when the device is not a tape device
   * @throws StorageException when the drive cannot be asked, or a backup holds it
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String describeTape(BackupDevice device) {
    if (device.getType() != DeviceType.TAPE) {
      throw new DeviceRefusedException(
          "'"
              + device.getName()
              + "' is a "
              + device.getType().label()
              + " device, not a tape device");
    }
    TapeStorage tape = storage.openTape(device);
    TapeStatus status = tape.status();
    if (!status.has(TapeStatusFlag.ONLINE)) {
      return TapeDescription.withoutTape(device.getPath());
    }
    return TapeDescription.of(
        device.getPath(), status, tape.contents(), device.getTape().overwrite());
  }

  /** {@link #describeTape}, or why the drive cannot say, for a page or a reply to show. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String tapeStatus(BackupDevice device) {
    try {
      return describeTape(device);
    } catch (StorageException e) {
      return e.getMessage();
    }
  }

  /**
   * Validates the settings, connects to the device, and saves it only if all of that succeeded.
   *
   * @throws InputRefusedException when fields break the rules (nothing is contacted)
   * @throws DeviceRefusedException when the change is refused as a whole
   * @throws org.drs.storage.UntrustedHostKeyException when the SFTP server's key needs trusting
   * @throws StorageException when the device fails validation (an alarm is raised)
   */
  public BackupDevice save(DeviceSettings settings) {
    platformLock.ensureFree("change backup devices");
    List<BackupDevice> devices = list();
    BackupDevice stored = null;
    if (settings.id() != null) {
      stored =
          devices.stream()
              .filter(d -> d.getId().equals(settings.id()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DeviceRefusedException(
                          "The device being edited no longer exists: it was deleted meanwhile"));
    } else if (devices.size() >= DeviceRules.MAX_DEVICES) {
      throw new DeviceRefusedException(
          "DRS keeps at most "
              + DeviceRules.MAX_DEVICES
              + " backup devices: delete one before adding another");
    }
    List<String> otherNames =
        devices.stream()
            .filter(d -> !d.getId().equals(settings.id()))
            .map(BackupDevice::getName)
            .toList();
    boolean keepsSecret = stored != null && stored.hasStoredSecret();
    List<FieldProblem> problems = DeviceRules.check(settings, otherNames, keepsSecret);
    if (!problems.isEmpty()) {
      throw new InputRefusedException(problems);
    }

    BackupDevice candidate = withSecret(settings, stored);
    validate(candidate);
    BackupDevice saved = deviceRepository.save(candidate);
    export.write(list());
    TRACE.info("Backup device " + saved.getName() + " saved: " + saved.getLocation());
    return saved;
  }

  private BackupDevice withSecret(DeviceSettings settings, BackupDevice stored) {
    if (settings.type() != DeviceType.SFTP) {
      return new BackupDevice(settings, null, null);
    }
    if (!settings.hasNewSecret()) {
      return new BackupDevice(settings, stored.sealedPassword(), stored.sealedPrivateKey());
    }
    var secrets = securityPassword.secrets();
    return DeviceSettings.isBlank(settings.password())
        ? new BackupDevice(settings, null, secrets.seal(settings.privateKey().strip() + "\n"))
        : new BackupDevice(settings, secrets.seal(settings.password()), null);
  }

  private void validate(BackupDevice device) {
    try {
      storage.validate(device);
    } catch (StorageException e) {
      TRACE.warning("Backup device " + device.getName() + " failed validation: " + e.getMessage());
      if (e.reason() != Reason.HOST_KEY_UNTRUSTED) {
        alarms.raise(device.failureAlarm(e.reason()), AlarmContext.none(), e.getMessage());
      }
      throw e;
    }
  }

  /** Deletes the chosen devices, all or none. */
  public void delete(List<Long> ids) {
    platformLock.ensureFree("delete backup devices");
    for (Long id : ids) {
      BackupDevice device =
          find(id)
              .orElseThrow(
                  () -> new DeviceRefusedException("A chosen device no longer exists: reload"));
      List<String> users =
          deviceUsers.stream().flatMap(user -> user.using(device.getId()).stream()).toList();
      if (!users.isEmpty()) {
        throw new DeviceRefusedException(
            "Backup device "
                + device.getName()
                + " cannot be deleted: it is the backup device of "
                + String.join(", ", users)
                + ". Choose another device in the schedule, or delete the schedule, first.");
      }
      deviceRepository.remove(device);
      TRACE.info("Backup device " + device.getName() + " deleted");
    }
    deviceRepository.flush();
    export.write(list());
  }
}
