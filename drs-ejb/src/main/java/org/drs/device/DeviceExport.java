package org.drs.device;

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

/**
 * Writes drfDevice.xml, the device settings that every backup carries so that a restored server
 * needs no reconfiguration. Secrets appear only sealed. The file is replaced atomically, so a
 * reader never sees half of it. Its schema is documented in the README; version 2 added the tape
 * settings, and {@link DeviceImport} reads both.
 */
@ApplicationScoped
public class DeviceExport {

  public static final String FILE_NAME = "drfDevice.xml";
  static final String NAMESPACE = "urn:drs:devices:2";

  /** Before tape devices had settings of their own; its tape devices take the defaults. */
  static final String NAMESPACE_1 = "urn:drs:devices:1";

  @Inject private DrsSettings settings;

  public Path file() {
    return settings.platformDirectory().resolve(FILE_NAME);
  }

  void write(List<BackupDevice> devices) {
    AtomicFile.write(file(), out -> writeXml(devices, out));
  }

  static void writeXml(List<BackupDevice> devices, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("drfDevices");
      xml.writeDefaultNamespace(NAMESPACE);
      for (BackupDevice device : devices) {
        writeDevice(xml, device);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("drfDevice.xml could not be written: " + e.getMessage(), e);
    }
  }

  private static void writeDevice(XMLStreamWriter xml, BackupDevice device)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("device");
    xml.writeAttribute("name", device.getName());
    xml.writeAttribute("type", device.getType().name());
    xml.writeAttribute("path", device.getPath());
    if (device.getBackupsToStore() != null) {
      xml.writeAttribute("backupsToStore", device.getBackupsToStore().toString());
    }
    if (device.getType() != DeviceType.TAPE) {
      xml.writeAttribute("compression", device.getCompression().name());
    }
    if (device.getType() == DeviceType.TAPE) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("tape");
      xml.writeAttribute("blockSize", Integer.toString(device.getTape().blockSize()));
      xml.writeAttribute("overwrite", Boolean.toString(device.getTape().overwrite()));
      xml.writeCharacters("\n  ");
    }
    if (device.getType() == DeviceType.SFTP) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("sftp");
      xml.writeAttribute("host", device.getHost());
      xml.writeAttribute("port", device.getPort().toString());
      xml.writeAttribute("user", device.getUser());
      if (device.getHostKeyFingerprint() != null) {
        xml.writeAttribute("hostKeyFingerprint", device.getHostKeyFingerprint());
      }
      if (device.sealedPassword() != null) {
        xml.writeAttribute("sealedPassword", device.sealedPassword());
      }
      if (device.sealedPrivateKey() != null) {
        xml.writeAttribute("sealedPrivateKey", device.sealedPrivateKey());
      }
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
    }
    xml.writeEndElement();
  }
}
