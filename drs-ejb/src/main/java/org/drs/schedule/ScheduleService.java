package org.drs.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsRoles;
import org.drs.common.FieldProblem;
import org.drs.common.InputRefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.PlatformLock;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * The guide's Scheduler: at most 10 schedules, saved only when every rule holds, enabled, disabled
 * and deleted from the Schedule List, none changed while a job holds the platform lock. Each change
 * replaces the schedule's timer in the same transaction and rewrites drfSchedule.xml.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
public class ScheduleService {

  private static final Logger TRACE = Logger.getLogger(ScheduleService.class.getName());

  @EJB private ScheduleStore store;
  @EJB private ScheduleTimers timers;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private BackupDeviceService devices;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @Inject private ScheduleExport export;

  public List<Schedule> list() {
    return store.list();
  }

  public Optional<Schedule> find(long id) {
    return store.find(id);
  }

  /** The enabled schedule that runs soonest, for the Overview. */
  public Optional<Schedule> nextDue() {
    return store.list().stream()
        .filter(s -> s.getNextRunAt() != null)
        .min(Comparator.comparing(Schedule::getNextRunAt));
  }

  /** The newest run the schedule started, skipped or missed. */
  public Optional<JobRecord> lastRun(long scheduleId) {
    return jobs.newestOfSchedule(scheduleId);
  }

  /**
   * Saves a new or edited schedule; an enabled one gets its timer re-armed for its next run.
   *
   * @throws InputRefusedException naming each field that breaks a rule (nothing is saved)
   * @throws ScheduleRefusedException when the change is refused as a whole
   */
  public Schedule save(ScheduleSettings settings) {
    platformLock.ensureFree("change schedules");
    List<Schedule> schedules = store.list();
    Optional<Schedule> stored = Optional.empty();
    if (settings.id() != null) {
      stored =
          Optional.of(
              store
                  .find(settings.id())
                  .orElseThrow(
                      () ->
                          new ScheduleRefusedException(
                              "The schedule being edited no longer exists: it was deleted"
                                  + " meanwhile")));
    } else if (schedules.size() >= ScheduleRules.MAX_SCHEDULES) {
      throw new ScheduleRefusedException(
          "DRS keeps at most "
              + ScheduleRules.MAX_SCHEDULES
              + " schedules: delete one before adding another");
    }
    List<String> otherNames =
        schedules.stream()
            .filter(s -> !s.getId().equals(settings.id()))
            .map(Schedule::getName)
            .toList();
    List<FieldProblem> problems =
        ScheduleRules.check(
            settings,
            stored,
            otherNames,
            devices.list().stream().map(BackupDevice::getId).toList(),
            registrations.selectableFeatures().stream().map(FeatureRegistration::name).toList(),
            Instant.now());
    if (settings.features().isEmpty()) {
      alarms.raise(
          AlarmName.CiscoDRFNoRegisteredFeature,
          AlarmContext.none(),
          "Schedule " + settings.name() + " was not saved: no feature was selected for backup");
    }
    if (!problems.isEmpty()) {
      throw new InputRefusedException(problems);
    }
    Schedule schedule = stored.orElseGet(() -> new Schedule(settings.name()));
    if (!schedule.isDefault()) {
      schedule.rename(settings.name());
    }
    schedule.plan(
        settings.deviceId(),
        settings.features(),
        LocalDateTime.of(settings.startDate(), settings.startTime()),
        ZoneId.of(settings.zone().strip()),
        settings.frequency(),
        settings.days());
    if (schedule.getId() == null) {
      store.add(schedule);
    }
    timers.rearm(schedule);
    export.write(store.list());
    TRACE.info("Schedule " + schedule.getName() + " saved; next run " + schedule.getNextRunAt());
    return schedule;
  }

  /**
   * Enables or disables the chosen schedules, all or none: a schedule is enabled only with a device
   * and a run still to come.
   */
  public void setEnabled(List<Long> ids, boolean enabled) {
    platformLock.ensureFree((enabled ? "enable" : "disable") + " schedules");
    for (Schedule schedule : chosen(ids)) {
      if (enabled) {
        ensureCanRun(schedule);
      }
      schedule.enable(enabled);
      timers.rearm(schedule);
      TRACE.info("Schedule " + schedule.getName() + (enabled ? " enabled" : " disabled"));
    }
    export.write(store.list());
  }

  /**
   * Deletes the chosen schedules but the default one, which cannot be deleted and stays as it is
   * (so Select All then Delete Selected removes all the others).
   *
   * @return whether the default schedule was among the chosen and was kept
   */
  public boolean delete(List<Long> ids) {
    platformLock.ensureFree("delete schedules");
    boolean keptDefault = false;
    for (Schedule schedule : chosen(ids)) {
      if (schedule.isDefault()) {
        keptDefault = true;
        continue;
      }
      timers.disarm(schedule.getId());
      store.remove(schedule);
      TRACE.info("Schedule " + schedule.getName() + " deleted");
    }
    export.write(store.list());
    return keptDefault;
  }

  private List<Schedule> chosen(List<Long> ids) {
    return ids.stream()
        .map(
            id ->
                store
                    .find(id)
                    .orElseThrow(
                        () ->
                            new ScheduleRefusedException(
                                "A chosen schedule no longer exists: reload")))
        .toList();
  }

  private void ensureCanRun(Schedule schedule) {
    if (schedule.getDeviceId() == null) {
      throw new ScheduleRefusedException(
          "Schedule "
              + schedule.getName()
              + " has no backup device: edit it, choose a device and save it before enabling it");
    }
    if (schedule.getFeatures().isEmpty()) {
      throw new ScheduleRefusedException(
          "Schedule " + schedule.getName() + " has no feature to back up: edit it first");
    }
    if (schedule.timing().nextRunAfter(Instant.now()).isEmpty()) {
      throw new ScheduleRefusedException(
          "Schedule "
              + schedule.getName()
              + " runs once and its time has passed: edit it and choose a new start");
    }
  }
}
