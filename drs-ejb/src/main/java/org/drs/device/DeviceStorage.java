package org.drs.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.drs.security.SecretBox;
import org.drs.security.SecurityPassword;
import org.drs.security.UnreadableSecretException;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.local.LocalDirectoryStorage;
import org.drs.storage.sftp.SftpStorage;
import org.drs.storage.sftp.SftpTarget;
import org.drs.storage.tape.TapeStorage;

/** Opens the storage behind a device, opening its sealed secret only for the connection. */
@ApplicationScoped
public class DeviceStorage {

  @Inject private SecurityPassword securityPassword;

  /** Connects to the device for real and proves it can take backups; changes nothing on it. */
  public void validate(BackupDevice device) {
    try (Storage storage = open(device)) {
      storage.validate();
    }
  }

  /** Opens a device: a file store (SFTP or local directory) or a tape drive. */
  public Storage open(BackupDevice device) {
    return open(device.access());
  }

  /** Opens a device from what a Local Agent was told of it. */
  public Storage open(DeviceAccess device) {
    return switch (device.type()) {
      case LOCAL -> new LocalDirectoryStorage(Path.of(device.path()));
      case SFTP -> new SftpStorage(sftpTarget(device));
      case TAPE -> tape(device.path(), device.tape());
    };
  }

  /** Opens a tape device, for what only a tape can tell: its status and label. */
  public TapeStorage openTape(BackupDevice device) {
    return tape(device.getPath(), device.getTape());
  }

  private static TapeStorage tape(String path, TapeSettings settings) {
    return new TapeStorage(Path.of(path), settings.blockSize(), settings.overwrite());
  }

  private SftpTarget sftpTarget(DeviceAccess device) {
    SecretBox secrets = securityPassword.secrets();
    try {
      return new SftpTarget(
          device.host(),
          device.port(),
          device.user(),
          device.sealedPassword() == null ? null : secrets.open(device.sealedPassword()),
          device.sealedPrivateKey() == null ? null : secrets.open(device.sealedPrivateKey()),
          device.path(),
          device.hostKeyFingerprint());
    } catch (UnreadableSecretException e) {
      throw new StorageException(
          Reason.SECRET_UNREADABLE,
          "The stored password of device "
              + device.name()
              + " cannot be opened with this server's security password: edit the device and"
              + " enter its password again",
          e);
    }
  }
}
