package org.drs.web.device;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.drs.archive.Compression;
import org.drs.common.FieldProblem;
import org.drs.common.InputRefusedException;
import org.drs.common.RefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.device.DeviceSettings;
import org.drs.device.DeviceType;
import org.drs.device.TapeSettings;
import org.drs.storage.StorageException;
import org.drs.storage.UntrustedHostKeyException;
import org.drs.web.common.Messages;

/**
 * The Backup Device page: the fields of the chosen device type, Save (which validates the device
 * for real), and the host-key fingerprint with Trust when an SFTP server's key is not trusted yet.
 */
@Named
@ViewScoped
public class DeviceView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "device-form:";
  private static final Map<String, String> FIELD_IDS =
      Map.of(
          "privateKey",
          "private-key",
          "backupsToStore",
          "backups-to-store",
          "tapeBlockSize",
          "tape-block-size");

  @EJB private BackupDeviceService devices;

  private Long id;
  private String name;
  private DeviceType type = DeviceType.SFTP;
  private String path;
  private Integer backupsToStore = 5;
  private String host;
  private Integer port = DeviceSettings.DEFAULT_SFTP_PORT;
  private String user;
  private String password;
  private String privateKey;
  private String trustedFingerprint;
  private String presentedFingerprint;
  private boolean storedKey;
  private Compression compression = Compression.ZSTD;
  private Integer tapeBlockSizeKib = TapeSettings.DEFAULT.blockSize() / 1024;
  private boolean tapeOverwrite = TapeSettings.DEFAULT.overwrite();
  private String tapeStatus;

  /** Loads the device named by the {@code id} view parameter, if any. */
  public void load() {
    if (id == null) {
      return;
    }
    BackupDevice device = devices.find(id).orElse(null);
    if (device == null) {
      Messages.error(null, "Backup device " + id + " does not exist: it may have been deleted.");
      id = null;
      return;
    }
    name = device.getName();
    type = device.getType();
    path = device.getPath();
    backupsToStore = device.getBackupsToStore();
    host = device.getHost();
    port = device.getPort() == null ? DeviceSettings.DEFAULT_SFTP_PORT : device.getPort();
    user = device.getUser();
    trustedFingerprint = device.getHostKeyFingerprint();
    storedKey = device.usesPrivateKey();
    compression = device.getCompression();
    if (device.getTape() != null) {
      tapeBlockSizeKib = device.getTape().blockSize() / 1024;
      tapeOverwrite = device.getTape().overwrite();
      tapeStatus = devices.tapeStatus(device);
    }
  }

  public String save() {
    try {
      BackupDevice saved =
          devices.save(
              new DeviceSettings(
                  id,
                  name,
                  type,
                  path,
                  backupsToStore,
                  host,
                  port,
                  user,
                  password,
                  privateKey,
                  trustedFingerprint,
                  compression,
                  type == DeviceType.TAPE ? tapeSettings() : null));
      Messages.info(
          "Backup device "
              + name
              + " saved."
              + (saved.getTape() == null ? "" : " " + devices.tapeStatus(saved)));
      return "/backup/device-list?faces-redirect=true";
    } catch (InputRefusedException e) {
      for (FieldProblem problem : e.problems()) {
        Messages.error(
            FORM + FIELD_IDS.getOrDefault(problem.field(), problem.field()), problem.message());
      }
    } catch (UntrustedHostKeyException e) {
      presentedFingerprint = e.presentedFingerprint();
      Messages.warn(e.getMessage());
    } catch (RefusedException e) {
      Messages.refused(e);
    } catch (StorageException e) {
      Messages.error(null, e.getMessage());
    }
    return null;
  }

  /** The block size as entered in KiB; a blank one is refused by the rules as 0 bytes. */
  private TapeSettings tapeSettings() {
    return TapeSettings.ofKib(tapeBlockSizeKib == null ? 0 : tapeBlockSizeKib, tapeOverwrite);
  }

  public Integer getTapeBlockSizeKib() {
    return tapeBlockSizeKib;
  }

  public void setTapeBlockSizeKib(Integer tapeBlockSizeKib) {
    this.tapeBlockSizeKib = tapeBlockSizeKib;
  }

  public boolean isTapeOverwrite() {
    return tapeOverwrite;
  }

  public void setTapeOverwrite(boolean tapeOverwrite) {
    this.tapeOverwrite = tapeOverwrite;
  }

  /** The drive's status and tape, read when an existing tape device is opened. */
  public String getTapeStatus() {
    return tapeStatus;
  }

  /** Trusts the fingerprint the server presented and saves again. */
  public String trust() {
    trustedFingerprint = presentedFingerprint;
    presentedFingerprint = null;
    return save();
  }

  public DeviceType[] getTypes() {
    return DeviceType.values();
  }

  public Compression[] getCompressions() {
    return Compression.values();
  }

  public Compression getCompression() {
    return compression;
  }

  public void setCompression(Compression compression) {
    this.compression = compression;
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isStoredKey() {
    return storedKey;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public DeviceType getType() {
    return type;
  }

  public void setType(DeviceType type) {
    this.type = type;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public Integer getBackupsToStore() {
    return backupsToStore;
  }

  public void setBackupsToStore(Integer backupsToStore) {
    this.backupsToStore = backupsToStore;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Never echoed back into the page, like a password field. */
  public String getPrivateKey() {
    return null;
  }

  public void setPrivateKey(String privateKey) {
    this.privateKey = privateKey;
  }

  public String getTrustedFingerprint() {
    return trustedFingerprint;
  }

  public String getPresentedFingerprint() {
    return presentedFingerprint;
  }
}
