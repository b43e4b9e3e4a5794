package org.drs.backup;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.drs.common.DrsVersion;
import org.drs.job.ComponentStatus;
import org.drs.job.JobComponent;
import org.drs.job.JobRecord;

/**
 * Writes a set's manifest, {@code <set>_<SERVER>_drfComponent.xml}, committed last: format version,
 * DRS version, server, start and end, then each feature with its version, status and percentage,
 * and each component with its file, size, SHA-256, status and percentage. The schema is documented
 * in the README.
 */
public final class ManifestXml {

  public static final String NAMESPACE = "urn:drs:manifest:1";
  public static final int FORMAT_VERSION = 1;

  private ManifestXml() {}

  public static byte[] write(JobRecord job, Instant end) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("drfComponent");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("formatVersion", String.valueOf(FORMAT_VERSION));
      xml.writeAttribute("drsVersion", DrsVersion.current());
      xml.writeAttribute("set", job.getSetName());
      xml.writeAttribute("server", job.getServer());
      xml.writeAttribute("start", job.getStartedAt().toString());
      xml.writeAttribute("end", end.toString());
      xml.writeAttribute("status", status(job.getComponents()));
      xml.writeAttribute("percentage", String.valueOf(percentage(job.getComponents())));
      for (Map.Entry<String, List<JobComponent>> feature : byFeature(job).entrySet()) {
        writeFeature(xml, feature.getValue());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The manifest could not be written: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void writeFeature(XMLStreamWriter xml, List<JobComponent> components)
      throws XMLStreamException {
    JobComponent first = components.get(0);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("feature");
    xml.writeAttribute("name", first.getFeature());
    xml.writeAttribute("version", first.getFeatureVersion());
    xml.writeAttribute("status", status(components));
    xml.writeAttribute("percentage", String.valueOf(percentage(components)));
    for (JobComponent component : components) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("component");
      xml.writeAttribute("name", component.getComponent());
      xml.writeAttribute("status", component.getStatus().name());
      xml.writeAttribute(
          "percentage", component.getStatus() == ComponentStatus.SUCCESS ? "100" : "0");
      if (component.getStatus() == ComponentStatus.SUCCESS) {
        xml.writeAttribute("file", component.getFileName());
        xml.writeAttribute("size", String.valueOf(component.getBytes()));
        xml.writeAttribute("sha256", component.getSha256());
        if (component.getContentBytes() != null) {
          xml.writeAttribute("contentSize", component.getContentBytes().toString());
        }
      } else if (component.getMessage() != null) {
        xml.writeAttribute("error", component.getMessage());
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static Map<String, List<JobComponent>> byFeature(JobRecord job) {
    Map<String, List<JobComponent>> features = new LinkedHashMap<>();
    for (JobComponent component : job.getComponents()) {
      features
          .computeIfAbsent(component.getFeature(), f -> new java.util.ArrayList<>())
          .add(component);
    }
    return features;
  }

  static String status(List<JobComponent> components) {
    long succeeded =
        components.stream().filter(c -> c.getStatus() == ComponentStatus.SUCCESS).count();
    return succeeded == components.size() ? "SUCCESS" : succeeded == 0 ? "FAILED" : "PARTIAL";
  }

  private static long percentage(List<JobComponent> components) {
    long succeeded =
        components.stream().filter(c -> c.getStatus() == ComponentStatus.SUCCESS).count();
    return components.isEmpty() ? 0 : succeeded * 100 / components.size();
  }
}
