package org.drs.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.drs.alarm.AlarmName;
import org.drs.archive.Compression;
import org.drs.storage.StorageException;

/**
 * A configured backup device. The password or private key is held only sealed under the DRS
 * security password, and never leaves this class in clear.
 */
@Entity
@Table(name = "DRS_BACKUP_DEVICE")
@NamedQuery(name = BackupDevice.BY_NAME, query = "SELECT d FROM BackupDevice d ORDER BY d.nameKey")
public class BackupDevice {

  static final String BY_NAME = "BackupDevice.byName";

  @Id
  @SequenceGenerator(name = "device", sequenceName = "DRS_BACKUP_DEVICE_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device")
  private Long id;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "NAME_KEY", nullable = false, length = 64)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "DEVICE_TYPE", nullable = false, length = 8)
  private DeviceType type;

  @Column(name = "LOCATION_PATH", nullable = false, length = 1024)
  private String path;

  @Column(name = "BACKUPS_TO_STORE")
  private Integer backupsToStore;

  private String host;
  private Integer port;

  @Column(name = "USER_NAME", length = 64)
  private String user;

  @Column(name = "SEALED_PASSWORD", length = 2000)
  private String sealedPassword;

  @Column(name = "SEALED_PRIVATE_KEY", length = 20000)
  private String sealedPrivateKey;

  @Column(name = "HOST_KEY_FINGERPRINT", length = 100)
  private String hostKeyFingerprint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Compression compression;

  @Column(name = "TAPE_BLOCK_SIZE")
  private Integer tapeBlockSize;

  @Column(name = "TAPE_OVERWRITE")
  private Boolean tapeOverwrite;

  protected BackupDevice() {}

  /**
   * A device as the settings describe it. Secrets are given sealed: a new one from the settings, or
   * the stored one an edit keeps.
   */
  BackupDevice(DeviceSettings settings, String sealedPassword, String sealedPrivateKey) {
    this.id = settings.id();
    this.name = settings.name();
    this.nameKey = DeviceRules.nameKey(settings.name());
    this.type = settings.type();
    this.path = settings.path();
    this.backupsToStore = type.keepsBackupCount() ? settings.backupsToStore() : null;
    this.compression = settings.compression() == null ? Compression.ZSTD : settings.compression();
    if (type == DeviceType.SFTP) {
      this.host = settings.host();
      this.port = settings.port();
      this.user = settings.user();
      this.sealedPassword = sealedPassword;
      this.sealedPrivateKey = sealedPrivateKey;
      this.hostKeyFingerprint = settings.trustedFingerprint();
    }
    if (type == DeviceType.TAPE) {
      TapeSettings tape = settings.tape() == null ? TapeSettings.DEFAULT : settings.tape();
      this.tapeBlockSize = tape.blockSize();
      this.tapeOverwrite = tape.overwrite();
    }
  }

  /** A device of a restored device list; its secrets are sealed under this server's password. */
  BackupDevice(ImportedDevice device) {
    this(device.asSettings(), device.sealedPassword(), device.sealedPrivateKey());
  }

  /** Takes over a restored device's settings, keeping this device's id. */
  void restoreFrom(ImportedDevice device) {
    BackupDevice restored = new BackupDevice(device);
    this.name = restored.name;
    this.nameKey = restored.nameKey;
    this.type = restored.type;
    this.path = restored.path;
    this.backupsToStore = restored.backupsToStore;
    this.compression = restored.compression;
    this.host = restored.host;
    this.port = restored.port;
    this.user = restored.user;
    this.sealedPassword = restored.sealedPassword;
    this.sealedPrivateKey = restored.sealedPrivateKey;
    this.hostKeyFingerprint = restored.hostKeyFingerprint;
    this.tapeBlockSize = restored.tapeBlockSize;
    this.tapeOverwrite = restored.tapeOverwrite;
  }

  /**
   * An SFTP device restored from a server with another security password has no secret: it needs
   * its password or key entered again before it can be used.
   */
  public boolean needsSecret() {
    return type == DeviceType.SFTP && !hasStoredSecret();
  }

  String nameKey() {
    return nameKey;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public DeviceType getType() {
    return type;
  }

  /** The SFTP directory, the local directory or the tape device path. */
  public String getPath() {
    return path;
  }

  public Integer getBackupsToStore() {
    return backupsToStore;
  }

  public String getHost() {
    return host;
  }

  public Integer getPort() {
    return port;
  }

  public String getUser() {
    return user;
  }

  public String getHostKeyFingerprint() {
    return hostKeyFingerprint;
  }

  /** How component archives written to this device are compressed. */
  public Compression getCompression() {
    return compression;
  }

  /** How a tape device writes; null for other devices. */
  public TapeSettings getTape() {
    return type == DeviceType.TAPE ? new TapeSettings(tapeBlockSize, tapeOverwrite) : null;
  }

  /** Whether the device authenticates with a private key rather than a password. */
  public boolean usesPrivateKey() {
    return sealedPrivateKey != null;
  }

  /** The device as a value for a Local Agent: its secrets stay sealed. */
  public DeviceAccess access() {
    return new DeviceAccess(
        name,
        type,
        host,
        port,
        user,
        path,
        hostKeyFingerprint,
        sealedPassword,
        sealedPrivateKey,
        getCompression(),
        getTape());
  }

  String sealedPassword() {
    return sealedPassword;
  }

  String sealedPrivateKey() {
    return sealedPrivateKey;
  }

  boolean hasStoredSecret() {
    return sealedPassword != null || sealedPrivateKey != null;
  }

  /**
   * The alarm a failure of this device raises: SFTP-level errors are CiscoDRFSftpFailure; a device
   * that cannot be reached, and any failure of a local directory or tape, is
   * CiscoDRFBackupDeviceError.
   */
  public AlarmName failureAlarm(StorageException.Reason reason) {
    return type == DeviceType.SFTP && reason != StorageException.Reason.UNREACHABLE
        ? AlarmName.CiscoDRFSftpFailure
        : AlarmName.CiscoDRFBackupDeviceError;
  }

  /** Where the device is, for lists and messages: never a secret. */
  public String getLocation() {
    return switch (type) {
      case SFTP -> user + "@" + host + ":" + port + path;
      case LOCAL, TAPE -> path;
    };
  }
}
