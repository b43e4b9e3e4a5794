package org.drs.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.drs.common.NameRule;
import org.drs.common.UntrustedXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads drfSchedule.xml as {@link ScheduleExport} writes it, from a restored backup. The file comes
 * from a device, so the parser refuses DTDs and external entities, and every name must still follow
 * the Scheduler's rule.
 */
public final class ScheduleImport {

  private ScheduleImport() {}

  public static List<ImportedSchedule> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Element root = UntrustedXml.root(in, file.getFileName().toString());
      if (!ScheduleExport.NAMESPACE.equals(root.getNamespaceURI())) {
        throw new IOException(file.getFileName() + " is not a DRS schedule list");
      }
      List<ImportedSchedule> schedules = new ArrayList<>();
      NodeList nodes = root.getElementsByTagNameNS(ScheduleExport.NAMESPACE, "schedule");
      for (int i = 0; i < nodes.getLength(); i++) {
        schedules.add(schedule((Element) nodes.item(i)));
      }
      return schedules;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IOException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
    }
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
