package org.drs.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drs.common.DrsRoles;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.device.DeviceStorage;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredSet;

/** The guide's "show backup files": the complete sets on a device, newest first. */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupFiles {

  @Inject private DeviceRepository deviceRepository;
  @Inject private DeviceStorage deviceStorage;

  /**
   * @throws StorageException when the device cannot be read; the message says why
   */
  public List<BackupFile> onDevice(long deviceId) {
    BackupDevice device = deviceRepository.find(deviceId).orElse(null);
    if (device == null) {
      throw new StorageException(Reason.PATH_MISSING, "The backup device no longer exists.");
    }
    List<BackupFile> files = new ArrayList<>();
    try (Storage storage = deviceStorage.open(device)) {
      for (StoredSet set : storage.listSets()) {
        files.add(describe(storage, set));
      }
    }
    files.sort(Comparator.comparing(BackupFile::setName).reversed());
    return files;
  }

  private static BackupFile describe(Storage storage, StoredSet set) {
    try (InputStream manifest = storage.openFile(set, set.manifestFile())) {
      ManifestSummary summary = ManifestReader.summary(manifest);
      return new BackupFile(
          set.name(), set.totalBytes(), summary.status(), summary.featureNames(), summary.server());
    } catch (IOException | StorageException e) {
      return new BackupFile(set.name(), set.totalBytes(), "UNREADABLE: " + e.getMessage(), "", "");
    }
  }
}
