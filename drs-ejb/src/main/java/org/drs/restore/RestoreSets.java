package org.drs.restore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drs.backup.ManifestReader;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceStorage;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/**
 * The sets a device offers for restore, read from their manifests; a set whose manifest cannot be
 * read is not offered, since nothing of it can be checked.
 */
@ApplicationScoped
public class RestoreSets {

  @Inject private DeviceStorage deviceStorage;

  /**
   * @throws StorageException when the device cannot be read
   */
  public List<RestorableSet> on(BackupDevice device) {
    List<RestorableSet> sets = new ArrayList<>();
    try (Storage storage = deviceStorage.open(device)) {
      for (StoredSet set : storage.listSets()) {
        try (InputStream manifest = storage.openFile(set, set.manifestFile())) {
          sets.add(new RestorableSet(ManifestReader.summary(manifest), set.totalBytes()));
        } catch (IOException | StorageException unreadable) {
          // Not offered: Show Backup Files lists it with the reason.
        }
      }
    }
    sets.sort(Comparator.comparing((RestorableSet s) -> s.manifest().set()).reversed());
    return sets;
  }

  /**
   * @throws RestoreRefusedException when the set is not on the device (any more)
   * @throws StorageException when the device cannot be read
   */
  public RestorableSet find(BackupDevice device, String setName, String server) {
    return on(device).stream()
        .filter(s -> s.manifest().set().equals(setName) && s.manifest().server().equals(server))
        .findFirst()
        .orElseThrow(
            () ->
                new RestoreRefusedException(
                    "Set "
                        + setName
                        + " of server "
                        + server
                        + " is not on device "
                        + device.getName()
                        + " (or its manifest cannot be read): choose another set."));
  }
}
