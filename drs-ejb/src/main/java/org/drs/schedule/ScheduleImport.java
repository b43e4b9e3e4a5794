package org.drs.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.drs.common.NameRule;
import org.drs.common.UntrustedXml;
import org.w3c.dom.Element;

/**
 * Reads drfSchedule.xml as {@link ScheduleExport} writes it, from a restored backup. The file comes
 * from a device, so the parser refuses DTDs and external entities, and every name must still follow
 * the Scheduler's rule.
 */
public final class ScheduleImport {

  private ScheduleImport() {}

  public static List<ImportedSchedule> read(Path file) throws IOException {
    List<ImportedSchedule> schedules = new ArrayList<>();
    try {
      for (Element schedule :
          UntrustedXml.elements(
              file, List.of(ScheduleExport.NAMESPACE), "schedule", "schedule list")) {
        schedules.add(schedule(schedule));
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IOException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
    }
    return schedules;
  }

  private static ImportedSchedule schedule(Element schedule) throws IOException {
    String name = schedule.getAttribute("name");
    if (NameRule.problem(name, "schedule", List.of()).isPresent()) {
      throw new IOException("schedule '" + name + "' in the backup breaks the Scheduler's rules");
    }
    String features = schedule.getAttribute("features");
    return new ImportedSchedule(
        name,
        schedule.hasAttribute("device") ? schedule.getAttribute("device") : null,
        features.isEmpty() ? List.of() : List.of(features.split(",")),
        LocalDateTime.parse(schedule.getAttribute("start")),
        ZoneId.of(schedule.getAttribute("zone")),
        Frequency.valueOf(schedule.getAttribute("frequency")),
        WeekDays.parse(schedule.getAttribute("days")),
        Boolean.parseBoolean(schedule.getAttribute("enabled")));
  }
}
