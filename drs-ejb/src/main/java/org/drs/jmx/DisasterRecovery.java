package org.drs.jmx;

import jakarta.ejb.EJBAccessException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.drs.backup.BackupFiles;
import org.drs.backup.BackupRequest;
import org.drs.backup.BackupService;
import org.drs.common.RefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.Origin;
import org.drs.restore.RestoreService;
import org.drs.storage.StorageException;

/**
 * The MXBean: turns each JMX call into a call of a service's business interface (an EJB proxy, so
 * the caller's identity, roles and transactions apply as on the pages), and each refusal into an
 * exception of the JDK whose message is the pages' one, since a JMX client has no DRS class to
 * deserialize DRS's own exceptions with.
 */
final class DisasterRecovery implements DisasterRecoveryMXBean {

  private static final Comparator<JobRecord> RUNNING_FIRST_THEN_NEWEST =
      Comparator.comparing((JobRecord job) -> job.getResult() == JobResult.RUNNING)
          .thenComparing(JobRecord::getStartedAt);

  private final BackupService backups;
  private final BackupFiles backupFiles;
  private final RestoreService restores;
  private final BackupDeviceService devices;

  DisasterRecovery(
      BackupService backups,
      BackupFiles backupFiles,
      RestoreService restores,
      BackupDeviceService devices) {
    this.backups = backups;
    this.backupFiles = backupFiles;
    this.restores = restores;
    this.devices = devices;
  }

  @Override
  public long backup(String device, String[] features) {
    return call(
        () ->
            backups.start(
                BackupRequest.byAdministrator(
                    Origin.JMX,
                    device(device).getId(),
                    features == null ? List.of() : List.of(features))));
  }

  @Override
  public JobView status() {
    return call(
        () ->
            Stream.of(backups.current(), restores.current())
                .flatMap(Optional::stream)
                .max(RUNNING_FIRST_THEN_NEWEST)
                .map(JobView::new)
                .orElse(null));
  }

  @Override
  public String cancelBackup() {
    return call(
        () -> {
          backups.cancel(Origin.JMX);
          return "Cancel requested: the backup stops after the current component completes.";
        });
  }

  @Override
  public BackupFileView[] showBackupFiles(String device) {
    return call(
        () ->
            backupFiles.onDevice(device(device).getId()).stream()
                .map(BackupFileView::new)
                .toArray(BackupFileView[]::new));
  }

  @Override
  public JobView[] history(String kind) {
    return call(
        () -> {
          JobKind chosen = kind(kind);
          return (chosen == JobKind.BACKUP ? backups.history() : restores.history())
              .stream().map(JobView::new).toArray(JobView[]::new);
        });
  }

  private BackupDevice device(String name) {
    return devices.list().stream()
        .filter(device -> device.getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no backup device named '"
                        + name
                        + "': Backup Device lists the devices (drs device list)"));
  }

  private static JobKind kind(String kind) {
    try {
      return JobKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + kind + "' is not a kind of job: use backup or restore");
    }
  }

  /** Runs a service call; DRS's refusals become exceptions every JMX client can read. */
  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (RefusedException | StorageException e) {
      throw new IllegalStateException(e.getMessage());
    } catch (EJBAccessException e) {
      throw new SecurityException(
          "DRS operations need a management user in the group drs-admin: " + e.getMessage());
    }
  }
}
