package org.drs.restore;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.registration.RegistrationCatalog;
import org.drs.storage.SetFileNames;
import org.drs.storage.StorageException;

/**
 * The checks of a restore, made before anything changes and again when it starts: the set's name
 * and manifest, the features against this server's registrations, the target server and the staging
 * room; and the summary the Restore Wizard shows.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreChecks {

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private RestoreSets sets;
  @Inject private MasterAgent masterAgent;
  @EJB private RegistrationCatalog registrations;
  @EJB private AlarmService alarms;

  /** What the Restore Wizard is about to do, once checked. */
  public record Prepared(BackupDevice device, RestorePlan plan, RestorePreview preview) {}

  /**
   * The sets on a device, newest first.
   *
   * @throws RestoreRefusedException when the device cannot be read, with the reason
   */
  public List<RestorableSet> restorableSets(long deviceId) {
    BackupDevice device = device(deviceId);
    try {
      return sets.on(device);
    } catch (StorageException e) {
      throw unreadable(device, e);
    }
  }

  public Prepared prepare(RestoreChoice choice) {
    if (!SetFileNames.isSetName(choice.setName())
        || !SetFileNames.isServerName(choice.setServer())) {
      // The wizard offers only checked names: anything else was crafted.
      alarms.raise(
          AlarmName.CiscoDRFSecurityViolation,
          AlarmContext.none(),
          "a restore was asked for a set name that DRS never writes");
      throw new RestoreRefusedException(
          "That is not the name of a DRS backup set: choose a set from the device's list.");
    }
    BackupDevice device = device(choice.deviceId());
    RestorableSet set;
    try {
      set = sets.find(device, choice.setName(), choice.setServer());
    } catch (StorageException e) {
      throw unreadable(device, e);
    }
    RestorePlan plan = RestorePlan.of(set.manifest(), choice.features(), registrations);
    List<String> problems = new ArrayList<>(plan.problems());
    if (!settings.serverName().equals(choice.targetServer())) {
      problems.add(
          "Server "
              + choice.targetServer()
              + " cannot be restored from here: choose this server, "
              + settings.serverName()
              + ".");
    }
    long free = masterAgent.localAgent(settings.serverName()).freeStagingBytes();
    if (problems.isEmpty() && plan.stagingBytes() > free) {
      problems.add(
          "Staging this restore needs about "
              + megabytes(plan.stagingBytes())
              + " in "
              + settings.stagingDirectory()
              + " but only "
              + megabytes(free)
              + " are free: free space there or set drs.restore.staging-directory to a larger"
              + " file system.");
    }
    List<RestorePreview.Item> items =
        plan.steps().stream()
            .map(s -> new RestorePreview.Item(s.label(), s.stored().size(), overwrites(s)))
            .toList();
    return new Prepared(
        device, plan, new RestorePreview(problems, items, plan.stagingBytes(), free));
  }

  /** What the step replaces: DRS's settings, or whatever the component's Local Agent says. */
  private String overwrites(RestorePlan.Step step) {
    if (RegistrationCatalog.DRS_FEATURE.equals(step.feature().name())) {
      return "the backup device list (the device this restore reads from is kept)";
    }
    return masterAgent.localAgent(settings.serverName()).overwrites(step.target());
  }

  private static String megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) / (1 << 20) + " MB";
  }

  private BackupDevice device(long deviceId) {
    BackupDevice device = deviceRepository.find(deviceId).orElse(null);
    if (device == null) {
      throw new RestoreRefusedException("Choose a backup device: the chosen one does not exist.");
    }
    return device;
  }

  private RestoreRefusedException unreadable(BackupDevice device, StorageException e) {
    alarms.raise(AlarmName.CiscoDRFRestoreDeviceError, AlarmContext.none(), e.getMessage());
    return new RestoreRefusedException(
        "Device " + device.getName() + " cannot be read: " + e.getMessage());
  }
}
