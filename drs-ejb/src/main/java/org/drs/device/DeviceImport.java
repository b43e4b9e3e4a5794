package org.drs.device;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drs.archive.Compression;
import org.drs.common.UntrustedXml;
import org.w3c.dom.Element;

/**
 * Reads drfDevice.xml as {@link DeviceExport} writes it, from a restored backup. The file comes
 * from a device, so the parser refuses DTDs and external entities, and every device must still
 * follow the rules of the Backup Device page.
 */
public final class DeviceImport {

  private DeviceImport() {}

  public static List<ImportedDevice> read(Path file) throws IOException {
    List<ImportedDevice> devices = new ArrayList<>();
    try {
      for (Element device :
          UntrustedXml.elements(
              file,
              List.of(DeviceExport.NAMESPACE, DeviceExport.NAMESPACE_1),
              "device",
              "device list")) {
        devices.add(device(device));
      }
    } catch (IllegalArgumentException e) {
      throw new IOException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
    }
    return devices;
  }

  private static ImportedDevice device(Element device) throws IOException {
    DeviceType type = DeviceType.valueOf(device.getAttribute("type"));
    String namespace = device.getNamespaceURI();
    Element sftp = (Element) device.getElementsByTagNameNS(namespace, "sftp").item(0);
    Element tape = (Element) device.getElementsByTagNameNS(namespace, "tape").item(0);
    ImportedDevice imported =
        new ImportedDevice(
            device.getAttribute("name"),
            type,
            device.getAttribute("path"),
            number(device, "backupsToStore"),
            device.hasAttribute("compression")
                ? Compression.valueOf(device.getAttribute("compression"))
                : Compression.ZSTD,
            sftp == null ? null : sftp.getAttribute("host"),
            sftp == null ? null : number(sftp, "port"),
            sftp == null ? null : sftp.getAttribute("user"),
            optional(sftp, "hostKeyFingerprint"),
            optional(sftp, "sealedPassword"),
            optional(sftp, "sealedPrivateKey"),
            type != DeviceType.TAPE ? null : tapeSettings(tape));
    if (!DeviceRules.check(imported.asSettings(), List.of(), true).isEmpty()
        || imported.name().isBlank()) {
      throw new IOException(
          "device '" + imported.name() + "' in the backup breaks the device rules of this DRS");
    }
    return imported;
  }

  /** A tape device of version 1, which had no tape settings, takes the defaults. */
  private static TapeSettings tapeSettings(Element tape) {
    if (tape == null) {
      return TapeSettings.DEFAULT;
    }
    String overwrite = tape.getAttribute("overwrite");
    if (!tape.hasAttribute("blockSize") || !List.of("true", "false").contains(overwrite)) {
      throw new IllegalArgumentException(
          "a tape device needs its blockSize and overwrite (true or false)");
    }
    return new TapeSettings(number(tape, "blockSize"), Boolean.parseBoolean(overwrite));
  }

  private static Integer number(Element element, String attribute) {
    return element.hasAttribute(attribute)
        ? Integer.valueOf(element.getAttribute(attribute))
        : null;
  }

  private static String optional(Element element, String attribute) {
    return element != null && element.hasAttribute(attribute)
        ? element.getAttribute(attribute)
        : null;
  }
}
