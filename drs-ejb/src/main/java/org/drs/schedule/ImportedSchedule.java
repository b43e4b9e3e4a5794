package org.drs.schedule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A schedule as drfSchedule.xml holds it, with its device by name: what a restore brings back, and
 * what is kept to put the list back.
 *
 * @param device the device's name, or null when none is chosen
 */
public record ImportedSchedule(
    String name,
    String device,
    List<String> features,
    LocalDateTime start,
    ZoneId zone,
    Frequency frequency,
    Set<DayOfWeek> days,
    boolean enabled) {}
