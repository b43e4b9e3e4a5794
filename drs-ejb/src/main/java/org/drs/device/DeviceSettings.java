package org.drs.device;

import org.drs.archive.Compression;

/**
 * What an administrator enters for a device, as the page or another entry point hands it to {@link
 * BackupDeviceService}. The id is absent for a new device. On an edit, a blank password and key
 * keep the stored secret. The trusted fingerprint is the host key the administrator confirmed;
 * compression applies to file stores (absent means zstd); the tape settings to tape devices (absent
 * means {@link TapeSettings#DEFAULT}).
 */
public record DeviceSettings(
    Long id,
    String name,
    DeviceType type,
    String path,
    Integer backupsToStore,
    String host,
    Integer port,
    String user,
    String password,
    String privateKey,
    String trustedFingerprint,
    Compression compression,
    TapeSettings tape) {

  public static final int DEFAULT_SFTP_PORT = 22;

  /** A new Local Directory device. */
  public static DeviceSettings localDirectory(
      String name, String directory, int backupsToStore, Compression compression) {
    return new DeviceSettings(
        null,
        name,
        DeviceType.LOCAL,
        directory,
        backupsToStore,
        null,
        null,
        null,
        null,
        null,
        null,
        compression,
        null);
  }

  boolean hasNewSecret() {
    return !isBlank(password) || !isBlank(privateKey);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    return "DeviceSettings[" + name + ", " + type + ", " + user + "@" + host + ":" + path + "]";
  }
}
