package org.drs.device;

import java.io.Serializable;
import org.drs.archive.Compression;

/** A device as drfDevice.xml describes it, secrets still sealed. */
public record ImportedDevice(
    String name,
    DeviceType type,
    String path,
    Integer backupsToStore,
    Compression compression,
    String host,
    Integer port,
    String user,
    String hostKeyFingerprint,
    String sealedPassword,
    String sealedPrivateKey,
    TapeSettings tape)
    implements Serializable {

  static ImportedDevice of(BackupDevice device) {
    return new ImportedDevice(
        device.getName(),
        device.getType(),
        device.getPath(),
        device.getBackupsToStore(),
        device.getCompression(),
        device.getHost(),
        device.getPort(),
        device.getUser(),
        device.getHostKeyFingerprint(),
        device.sealedPassword(),
        device.sealedPrivateKey(),
        device.getTape());
  }

  DeviceSettings asSettings() {
    return new DeviceSettings(
        null,
        name,
        type,
        path,
        backupsToStore,
        host,
        port,
        user,
        null,
        null,
        hostKeyFingerprint,
        compression,
        tape);
  }

  /** The same device without the secrets this server cannot open. */
  ImportedDevice withoutSecrets() {
    return new ImportedDevice(
        name,
        type,
        path,
        backupsToStore,
        compression,
        host,
        port,
        user,
        hostKeyFingerprint,
        null,
        null,
        tape);
  }
}
