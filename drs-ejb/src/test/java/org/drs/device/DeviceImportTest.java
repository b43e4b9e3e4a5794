package org.drs.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drs.archive.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drfDevice.xml as a restore reads it: the current version with its tape settings, the version
 * before it (whose tape devices take the defaults), and tape settings crafted to break the rules.
 */
class DeviceImportTest {

  @TempDir Path directory;

  @Test
  void readsTheCurrentVersionAsWritten() throws Exception {
    BackupDevice tape =
        new BackupDevice(
            new DeviceSettings(
                null,
                "tape",
                DeviceType.TAPE,
                "/dev/nst0",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new TapeSettings(256 * 1024, false)),
            null,
            null);
    BackupDevice local =
        new BackupDevice(
            new DeviceSettings(
                null,
                "local",
                DeviceType.LOCAL,
                "/srv/drs",
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                Compression.GZIP,
                null),
            null,
            null);
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    DeviceExport.writeXml(List.of(tape, local), xml);
    assertThat(xml.toString()).contains("urn:drs:devices:2");

    List<ImportedDevice> devices = DeviceImport.read(write(xml.toString()));

    assertThat(devices.get(0).tape()).isEqualTo(new TapeSettings(256 * 1024, false));
    assertThat(devices.get(1).tape()).isNull();
    assertThat(devices.get(1).compression()).isEqualTo(Compression.GZIP);
  }

  @Test
  void readsVersionOneWhoseTapeDevicesTakeTheDefaults() throws Exception {
    Path old =
        write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <drfDevices xmlns="urn:drs:devices:1">
              <device name="tape" type="TAPE" path="/dev/nst0"/>
              <device name="local" type="LOCAL" path="/srv/drs" backupsToStore="5" compression="ZSTD"/>
            </drfDevices>
            """);

    List<ImportedDevice> devices = DeviceImport.read(old);

    assertThat(devices).extracting(ImportedDevice::name).containsExactly("tape", "local");
    assertThat(devices.get(0).tape()).isEqualTo(TapeSettings.DEFAULT);
  }

  @Test
  void refusesTapeSettingsThatBreakTheRules() throws Exception {
    for (String tape :
        List.of(
            "<tape blockSize=\"1048576\" overwrite=\"yes\"/>",
            "<tape overwrite=\"true\"/>",
            "<tape blockSize=\"-1\" overwrite=\"true\"/>",
            "<tape blockSize=\"1000\" overwrite=\"true\"/>",
            "<tape blockSize=\"99999999999\" overwrite=\"true\"/>")) {
      Path crafted =
          write(
              "<drfDevices xmlns=\"urn:drs:devices:2\"><device name=\"tape\" type=\"TAPE\""
                  + " path=\"/dev/nst0\">"
                  + tape
                  + "</device></drfDevices>");
      assertThatThrownBy(() -> DeviceImport.read(crafted)).as(tape).isInstanceOf(IOException.class);
    }
  }

  private Path write(String xml) throws IOException {
    return Files.writeString(Files.createTempFile(directory, "drfDevice", ".xml"), xml);
  }
}
