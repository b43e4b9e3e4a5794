package org.drs.backup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmService;
import org.drs.device.BackupDevice;
import org.drs.job.JobLog;
import org.drs.job.JobRecord;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/** A device's "number of backups to store", applied after a backup. */
@ApplicationScoped
class Retention {

  @EJB private AlarmService alarms;

  /**
   * Keeps the device's "number of backups to store": after a fully successful backup only, and with
   * the new set already committed, removes this server's oldest sets beyond that number. Other
   * servers' sets in the same directory are never touched. It never throws: the new set is complete
   * and stays, and a set retention could not remove is only kept longer.
   */
  void apply(Storage storage, BackupDevice device, JobRecord job) {
    Integer keep = device.getBackupsToStore();
    if (keep == null) {
      return;
    }
    Path log = Path.of(job.getLogFile());
    try {
      List<StoredSet> own =
          storage.listSets().stream()
              .filter(set -> set.server().equals(job.getServer()))
              .sorted(Comparator.comparing(StoredSet::name))
              .toList();
      for (StoredSet old : own.subList(0, Math.max(0, own.size() - keep))) {
        try {
          storage.deleteSet(old);
          JobLog.append(
              log, "Retention: removed set " + old.name() + " (the device keeps " + keep + ")");
        } catch (StorageException e) {
          JobLog.append(log, "Retention could not remove " + old.name() + ": " + e.getMessage());
          raiseDeviceAlarm(device, job, e);
        }
      }
    } catch (StorageException e) {
      JobLog.append(log, "Retention could not list the device's sets: " + e.getMessage());
      raiseDeviceAlarm(device, job, e);
    }
  }

  private void raiseDeviceAlarm(BackupDevice device, JobRecord job, StorageException e) {
    alarms.raise(
        device.failureAlarm(e.reason()),
        new AlarmContext(job.getId(), job.getServer(), null),
        e.getMessage());
  }
}
