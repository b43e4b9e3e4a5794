package org.drs.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.drs.common.NameRule;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * Replaces the schedule list by a restored one, as the guide says a restore of DRS's own settings
 * does. It runs after the devices were restored, so schedules find their devices by name. A
 * schedule whose device or features this server lacks comes back disabled; the default schedule
 * stays when the backup has none. Enabled schedules are armed for their next run from now, never
 * for one that fell due before the restore. Only the restore job calls this, which holds the
 * platform lock itself.
 */
@Stateless
@PermitAll
public class ScheduleRestore {

  private static final Logger TRACE = Logger.getLogger(ScheduleRestore.class.getName());

  @EJB private ScheduleStore store;
  @EJB private ScheduleTimers timers;
  @EJB private RegistrationCatalog registrations;
  @Inject private ScheduleExport export;
  @Inject private DeviceRepository deviceRepository;

  /** The schedules as they are now, for putting them back. */
  public List<ImportedSchedule> current() {
    return store.list().stream().map(export::named).toList();
  }

  /**
   * @return the names of the restored schedules that came back disabled, and why
   */
  public List<String> replaceWith(List<ImportedSchedule> restored) {
    Map<String, Long> deviceIds =
        deviceRepository.all().stream()
            .collect(Collectors.toMap(d -> NameRule.key(d.getName()), BackupDevice::getId));
    Set<String> features =
        registrations.selectableFeatures().stream()
            .map(FeatureRegistration::name)
            .collect(Collectors.toSet());
    Map<String, Schedule> present =
        store.list().stream().collect(Collectors.toMap(Schedule::nameKey, Function.identity()));
    Set<String> restoredKeys = new HashSet<>();
    List<String> disabled = new ArrayList<>();
    for (ImportedSchedule imported : restored) {
      String key = NameRule.key(imported.name());
      restoredKeys.add(key);
      Long deviceId =
          imported.device() == null ? null : deviceIds.get(NameRule.key(imported.device()));
      List<String> known = imported.features().stream().filter(features::contains).toList();
      Schedule schedule = present.getOrDefault(key, new Schedule(imported.name()));
      schedule.plan(
          deviceId,
          known,
          imported.start(),
          imported.zone(),
          imported.frequency(),
          imported.days());
      boolean runnable = deviceId != null && !known.isEmpty();
      if (imported.enabled() && !runnable) {
        disabled.add(
            imported.name()
                + (deviceId == null
                    ? " (its device " + imported.device() + " is not on this server)"
                    : " (none of its features is registered here)"));
      }
      schedule.enable(imported.enabled() && runnable);
      if (schedule.getId() == null) {
        store.add(schedule);
      }
      timers.rearm(schedule);
    }
    for (Schedule schedule : present.values()) {
      if (!restoredKeys.contains(schedule.nameKey()) && !schedule.isDefault()) {
        timers.disarm(schedule.getId());
        store.remove(schedule);
      }
    }
    export.write(store.list());
    TRACE.info(
        "Schedules restored: "
            + restored.size()
            + (disabled.isEmpty() ? "" : "; disabled: " + disabled));
    return disabled;
  }
}
