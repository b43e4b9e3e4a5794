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
import org.drs.storage.tape.TapeDeviceNode;

/** Opens the storage behind a device, opening its sealed secret only for the connection. */
@ApplicationScoped
public class DeviceStorage {

  @Inject private SecurityPassword securityPassword;

  /** Connects to the device for real and proves it can take backups; changes nothing on it. */
  public void validate(BackupDevice device) {
    if (device.getType() == DeviceType.TAPE) {
      TapeDeviceNode.check(Path.of(device.getPath()));
      return;
    }
    try (Storage storage = open(device)) {
      storage.validate();
    }
  }

  /** Opens a file-store device (SFTP or local directory). */
  public Storage open(BackupDevice device) {
    return open(device.access());
  }

  /** Opens a file-store device from what a Local Agent was told of it. */
  public Storage open(DeviceAccess device) {
    return switch (device.type()) {
      case LOCAL -> new LocalDirectoryStorage(Path.of(device.path()));
      case SFTP -> new SftpStorage(sftpTarget(device));
      case TAPE ->
          throw new StorageException(
              Reason.UNREACHABLE,
              "Backups to tape device "
                  + device.name()
                  + " need the tape driver, which this DRS release does not have yet");
    };
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
