package org.drs.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.drs.common.AtomicFile;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;

/**
 * Writes drfSchedule.xml, the schedules that every backup carries beside drfDevice.xml, so that a
 * restored server needs no reconfiguration. Devices are named, not numbered, since a rebuilt server
 * numbers its devices anew. Its schema is documented in the README.
 */
@ApplicationScoped
public class ScheduleExport {

  public static final String FILE_NAME = "drfSchedule.xml";
  static final String NAMESPACE = "urn:drs:schedules:1";

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;

  public Path file() {
    return settings.platformDirectory().resolve(FILE_NAME);
  }

  void write(List<Schedule> schedules) {
    List<ImportedSchedule> named = schedules.stream().map(this::named).toList();
    AtomicFile.write(file(), out -> writeXml(named, out));
  }

  /** A schedule as the export holds it, with its device by name. */
  ImportedSchedule named(Schedule schedule) {
    BackupDevice device =
        schedule.getDeviceId() == null
            ? null
            : deviceRepository.find(schedule.getDeviceId()).orElse(null);
    return new ImportedSchedule(
        schedule.getName(),
        device == null ? null : device.getName(),
        schedule.getFeatures(),
        schedule.getStart(),
        schedule.getZone(),
        schedule.getFrequency(),
        schedule.getDays(),
        schedule.isEnabled());
  }

  static void writeXml(List<ImportedSchedule> schedules, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("drfSchedules");
      xml.writeDefaultNamespace(NAMESPACE);
      for (ImportedSchedule schedule : schedules) {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("schedule");
        xml.writeAttribute("name", schedule.name());
        if (schedule.device() != null) {
          xml.writeAttribute("device", schedule.device());
        }
        xml.writeAttribute("features", String.join(",", schedule.features()));
        xml.writeAttribute("start", schedule.start().toString());
        xml.writeAttribute("zone", schedule.zone().getId());
        xml.writeAttribute("frequency", schedule.frequency().name());
        xml.writeAttribute("days", WeekDays.format(schedule.days()));
        xml.writeAttribute("enabled", String.valueOf(schedule.enabled()));
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(FILE_NAME + " could not be written: " + e.getMessage(), e);
    }
  }
}
