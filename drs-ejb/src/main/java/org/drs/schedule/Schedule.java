package org.drs.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.drs.common.NameRule;

/**
 * A backup schedule: which features go to which device, when, and whether it is enabled. The time
 * is kept as the administrator entered it, a wall-clock time in the schedule's zone, so that each
 * run is resolved on its own day. {@link #nextRunAt} is the instant its timer is armed for, none
 * while it is disabled.
 */
@Entity
@Table(name = "DRS_SCHEDULE")
@NamedQuery(name = Schedule.BY_NAME, query = "SELECT s FROM Schedule s ORDER BY s.nameKey")
@NamedQuery(
    name = Schedule.USING_DEVICE,
    query = "SELECT s FROM Schedule s WHERE s.deviceId = :device ORDER BY s.nameKey")
public class Schedule {

  static final String BY_NAME = "Schedule.byName";
  static final String USING_DEVICE = "Schedule.usingDevice";

  /** The guide's schedule that exists from installation and cannot be renamed or deleted. */
  public static final String DEFAULT_NAME = "default";

  /** What the guide's Set Default fills in: Weekly, Tuesday to Saturday. */
  public static final Set<DayOfWeek> SET_DEFAULT_DAYS =
      Set.copyOf(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));

  @Id
  @SequenceGenerator(name = "schedule", sequenceName = "DRS_SCHEDULE_SEQ", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule")
  private Long id;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "NAME_KEY", nullable = false, length = 64)
  private String nameKey;

  @Column(name = "DEVICE_ID")
  private Long deviceId;

  @Column(nullable = false, length = 1000)
  private String features;

  @Column(name = "START_LOCAL", nullable = false)
  private LocalDateTime start;

  @Column(name = "ZONE_ID", nullable = false, length = 64)
  private String zone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Frequency frequency;

  @Column(name = "WEEK_DAYS", nullable = false, length = 100)
  private String days;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "NEXT_RUN_AT")
  private Instant nextRunAt;

  protected Schedule() {}

  Schedule(String name) {
    rename(name);
  }

  void rename(String name) {
    this.name = name;
    this.nameKey = NameRule.key(name);
  }

  void plan(
      Long deviceId,
      List<String> features,
      LocalDateTime start,
      ZoneId zone,
      Frequency frequency,
      Set<DayOfWeek> days) {
    this.deviceId = deviceId;
    this.features = String.join(",", features);
    this.start = start;
    this.zone = zone.getId();
    this.frequency = frequency;
    this.days = frequency == Frequency.WEEKLY ? WeekDays.format(days) : "";
  }

  void enable(boolean enabled) {
    this.enabled = enabled;
  }

  void armedFor(Instant nextRunAt) {
    this.nextRunAt = nextRunAt;
  }

  public ScheduleTiming timing() {
    return new ScheduleTiming(start, getZone(), frequency, getDays());
  }

  public boolean isDefault() {
    return DEFAULT_NAME.equals(nameKey);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  String nameKey() {
    return nameKey;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public List<String> getFeatures() {
    return features.isEmpty() ? List.of() : List.of(features.split(","));
  }

  public LocalDateTime getStart() {
    return start;
  }

  public ZoneId getZone() {
    return ZoneId.of(zone);
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public Set<DayOfWeek> getDays() {
    return WeekDays.parse(days);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getNextRunAt() {
    return nextRunAt;
  }
}
