package org.drs.backup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmService;
import org.drs.common.FaultPoints;
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
   * the new set already committed, removes this server's oldest sets beyond that number. The new
   * set is always kept and counts as the newest: sets named after it (dated in the future by a
   * skewed clock or copied from elsewhere) are never removed and do not count, since removing by
   * name order alone would make every backup delete itself. Other servers' sets and files whose
   * names DRS cannot parse are never touched. It never throws: the new set is complete and stays,
   * and a set retention could not remove is only kept longer.
   */
  void apply(Storage storage, BackupDevice device, JobRecord job) {
    Integer keep = device.getBackupsToStore();
    if (keep == null) {
      return;
    }
    Path log = Path.of(job.getLogFile());
    String committed = job.getSetName();
    try {
      List<StoredSet> older = new ArrayList<>();
      for (StoredSet set : storage.listSets()) {
        if (!set.server().equals(job.getServer()) || set.name().equals(committed)) {
          continue;
        }
        if (set.name().compareTo(committed) > 0) {
          JobLog.append(
              log,
              "Retention: kept set "
                  + set.name()
                  + ", which is named after the new set (dated in the future): check the clock of"
                  + " the server that wrote it, or remove it by hand");
        } else {
          older.add(set);
        }
      }
      older.sort(Comparator.comparing(StoredSet::name));
      for (StoredSet old : older.subList(0, Math.max(0, older.size() - (keep - 1)))) {
        try {
          storage.deleteSet(old);
          FaultPoints.reach(FaultPoints.RETENTION);
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
