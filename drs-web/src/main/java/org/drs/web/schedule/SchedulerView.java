package org.drs.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drs.common.FieldProblem;
import org.drs.common.InputRefusedException;
import org.drs.common.RefusedException;
import org.drs.device.BackupDeviceService;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.schedule.Frequency;
import org.drs.schedule.Schedule;
import org.drs.schedule.ScheduleService;
import org.drs.schedule.ScheduleSettings;
import org.drs.web.common.Messages;
import org.drs.web.device.DeviceChoices;

/**
 * The Scheduler page: a schedule's name, device, features, start, zone and frequency, with Set
 * Default, Save, Enable Schedule and Disable Schedule. Enable saves what the page shows first, so
 * what runs is what the administrator sees.
 */
@Named
@ViewScoped
public class SchedulerView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "scheduler-form:";
  private static final Map<String, String> FIELD_IDS =
      Map.of("startDate", "start-date", "startTime", "start-time");
  private static final LocalTime OFF_PEAK = LocalTime.of(2, 0);

  @EJB private ScheduleService schedules;
  @EJB private BackupDeviceService devices;
  @EJB private RegistrationCatalog registrations;

  private Map<String, Long> deviceChoices;
  private List<String> featureChoices;
  private Long id;
  private String name;
  private Long device;
  private List<String> features;
  private LocalDate startDate = LocalDate.now().plusDays(1);
  private LocalTime startTime = OFF_PEAK;
  private String zone = ZoneId.systemDefault().getId();
  private Frequency frequency = Frequency.DAILY;
  private List<String> days = new ArrayList<>();
  private boolean defaultSchedule;
  private ScheduleRow saved;

  @PostConstruct
  void init() {
    deviceChoices = DeviceChoices.of(devices.list());
    featureChoices =
        registrations.selectableFeatures().stream().map(FeatureRegistration::name).toList();
    features = new ArrayList<>(featureChoices);
  }

  /** Loads the schedule named by the {@code id} view parameter, if any. */
  public void load() {
    if (id == null) {
      return;
    }
    Schedule schedule = schedules.find(id).orElse(null);
    if (schedule == null) {
      Messages.error(null, "Schedule " + id + " does not exist: it may have been deleted.");
      id = null;
      return;
    }
    show(schedule);
  }

  private void show(Schedule schedule) {
    id = schedule.getId();
    name = schedule.getName();
    device = schedule.getDeviceId();
    features = new ArrayList<>(schedule.getFeatures());
    startDate = schedule.getStart().toLocalDate();
    startTime = schedule.getStart().toLocalTime();
    zone = schedule.getZone().getId();
    frequency = schedule.getFrequency();
    days = dayNames(schedule.getDays());
    defaultSchedule = schedule.isDefault();
    saved = new ScheduleRow(schedule, null, null);
  }

  /** The guide's Set Default: Weekly, Tuesday to Saturday. */
  public void setDefault() {
    frequency = Frequency.WEEKLY;
    days = dayNames(Schedule.SET_DEFAULT_DAYS);
  }

  /** Days as the Days check boxes hold them, Monday first. */
  private static List<String> dayNames(Set<DayOfWeek> days) {
    return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.toList());
  }

  public void save() {
    if (store()) {
      Messages.info("Schedule " + name + " saved.");
    }
  }

  public void enable() {
    if (store() && changeEnabled(true)) {
      Messages.info(
          "Schedule " + name + " saved and enabled: it runs next " + saved.getNextRun() + ".");
    }
  }

  public void disable() {
    if (id == null) {
      Messages.error(null, "Save the schedule first: it is not enabled.");
    } else if (changeEnabled(false)) {
      Messages.info("Schedule " + name + " disabled.");
    }
  }

  private boolean store() {
    try {
      show(
          schedules.save(
              new ScheduleSettings(
                  id,
                  name,
                  device,
                  features,
                  startDate,
                  startTime,
                  zone,
                  frequency,
                  days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()))));
      return true;
    } catch (InputRefusedException e) {
      for (FieldProblem problem : e.problems()) {
        Messages.error(
            FORM + FIELD_IDS.getOrDefault(problem.field(), problem.field()), problem.message());
      }
    } catch (RefusedException e) {
      Messages.refused(e);
    }
    return false;
  }

  private boolean changeEnabled(boolean enabled) {
    try {
      schedules.setEnabled(List.of(id), enabled);
      show(schedules.find(id).orElseThrow());
      return true;
    } catch (RefusedException e) {
      Messages.refused(e);
      return false;
    }
  }

  /** Zones whose names contain what was typed, for the zone field's suggestions. */
  public List<String> completeZone(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(lower))
        .sorted()
        .limit(30)
        .toList();
  }

  public Map<String, String> getDayChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      choices.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), day.name());
    }
    return choices;
  }

  public Frequency[] getFrequencies() {
    return Frequency.values();
  }

  public Map<String, Long> getDeviceChoices() {
    return deviceChoices;
  }

  public List<String> getFeatureChoices() {
    return featureChoices;
  }

  public boolean isDefaultSchedule() {
    return defaultSchedule;
  }

  /** The schedule as saved: enabled or not, and its next run. */
  public ScheduleRow getSaved() {
    return saved;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days;
  }
}
