package org.drs.jmx;

import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.MBeanNotificationInfo;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;
import org.drs.archive.Compression;
import org.drs.backup.BackupFiles;
import org.drs.backup.BackupRequest;
import org.drs.backup.BackupService;
import org.drs.common.RefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.device.DeviceSettings;
import org.drs.device.DeviceType;
import org.drs.device.TapeSettings;
import org.drs.job.ActiveAlarms;
import org.drs.job.JobKind;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.Origin;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.restore.RestorableSet;
import org.drs.restore.RestoreChoice;
import org.drs.restore.RestorePreview;
import org.drs.restore.RestoreRequest;
import org.drs.restore.RestoreService;
import org.drs.schedule.Schedule;
import org.drs.schedule.ScheduleService;
import org.drs.storage.StorageException;
import org.drs.storage.UntrustedHostKeyException;

/**
 * The MXBean: turns each JMX call into a call of a service's business interface (an EJB proxy, so
 * the caller's identity, roles and transactions apply as on the pages), and each refusal into an
 * exception of the JDK whose message is the pages' one, since a JMX client has no DRS class to
 * deserialize DRS's own exceptions with. Every call, attribute and subscription first confirms that
 * the caller is an administrator, before anything it sent is looked at.
 */
final class DisasterRecovery implements DisasterRecoveryMXBean, NotificationEmitter {

  private static final Comparator<JobRecord> RUNNING_FIRST_THEN_NEWEST =
      Comparator.comparing((JobRecord job) -> job.getResult() == JobResult.RUNNING)
          .thenComparing(JobRecord::getStartedAt);

  /** The services a JMX call may use, as EJB proxies. */
  record Services(
      BackupService backups,
      BackupFiles backupFiles,
      RestoreService restores,
      BackupDeviceService devices,
      ScheduleService schedules,
      RegistrationCatalog registrations,
      AdministratorCheck administrator,
      JobProgress progress,
      ActiveAlarms alarms) {}

  private final Services services;
  private final JmxNotifications notifications;

  DisasterRecovery(Services services, JmxNotifications notifications) {
    this.services = services;
    this.notifications = notifications;
  }

  @Override
  public long backup(String device, String[] features) {
    return call(
        () ->
            services
                .backups()
                .start(
                    BackupRequest.byAdministrator(
                        Origin.JMX, device(device).getId(), list(features))));
  }

  @Override
  public JobView status() {
    return call(
        () -> newest().map(job -> JobView.withProgress(job, services.progress())).orElse(null));
  }

  @Override
  public String cancelBackup() {
    return call(
        () -> {
          services.backups().cancel(Origin.JMX);
          return "Cancel requested: the backup stops after the current component completes.";
        });
  }

  @Override
  public BackupFileView[] showBackupFiles(String device) {
    return call(
        () ->
            services.backupFiles().onDevice(device(device).getId()).stream()
                .map(BackupFileView::new)
                .toArray(BackupFileView[]::new));
  }

  @Override
  public JobView[] history(String kind) {
    return call(
        () ->
            (option(JobKind.class, kind, "kind of job", "backup or restore") == JobKind.BACKUP
                    ? services.backups().history()
                    : services.restores().history())
                .stream().map(JobView::new).toArray(JobView[]::new));
  }

  @Override
  public String[] restoreSummary(
      String device, String backupSet, String[] features, String server) {
    return call(
        () -> {
          RestorePreview preview =
              services.restores().preview(choice(device, backupSet, features, server));
          if (!preview.restorable()) {
            return preview.problems().toArray(String[]::new);
          }
          List<String> lines = new ArrayList<>();
          for (RestorePreview.Item item : preview.items()) {
            lines.add(
                item.component() + " (" + item.bytes() + " bytes) overwrites " + item.overwrites());
          }
          lines.add(
              "Staging needs "
                  + preview.stagingBytes()
                  + " bytes; "
                  + preview.freeStagingBytes()
                  + " are free");
          return lines.toArray(String[]::new);
        });
  }

  @Override
  public long restore(String device, String backupSet, String[] features, String server) {
    return call(
        () ->
            services
                .restores()
                .start(
                    new RestoreRequest(choice(device, backupSet, features, server), Origin.JMX)));
  }

  @Override
  public String cancelRestore() {
    return call(
        () -> {
          services.restores().cancel(Origin.JMX);
          return "Cancel requested: the restore stops after the component being staged; nothing"
              + " is changed.";
        });
  }

  @Override
  public String[] showRegistration(String server) {
    return call(
        () -> {
          if (!services.restores().servers().contains(server)) {
            throw new IllegalArgumentException(
                "'" + server + "' is not a server DRS knows: " + services.restores().servers());
          }
          List<String> lines = new ArrayList<>();
          for (FeatureRegistration feature : services.registrations().features()) {
            lines.add(feature.name() + " " + feature.version());
            for (ComponentRegistration component : feature.components()) {
              lines.add(
                  "  " + component.name() + " " + component.kind() + " " + component.target());
            }
          }
          return lines.toArray(String[]::new);
        });
  }

  @Override
  public String showTapeId(String device) {
    return call(
        () -> {
          return services.devices().describeTape(device(device));
        });
  }

  @Override
  public long estimateSize(String[] features) {
    return call(
        () -> {
          long total = 0;
          for (var estimate : services.backups().estimateBytes(list(features)).entrySet()) {
            if (estimate.getValue() < 0) {
              throw new IllegalStateException(
                  "No backup among the last 20 wrote "
                      + estimate.getKey()
                      + ": its size can only be estimated after one did");
            }
            total += estimate.getValue();
          }
          return total;
        });
  }

  @Override
  public DeviceView[] listDevices() {
    return call(
        () -> services.devices().list().stream().map(DeviceView::new).toArray(DeviceView[]::new));
  }

  @Override
  public String addDevice(
      String name,
      String type,
      String path,
      int backupsToStore,
      String host,
      int port,
      String user,
      String password,
      String privateKey,
      String trustedFingerprint,
      String compression) {
    return call(
        () -> {
          DeviceType deviceType =
              option(DeviceType.class, type, "device type", "SFTP, LOCAL or TAPE");
          boolean sftp = deviceType == DeviceType.SFTP;
          DeviceSettings settings =
              new DeviceSettings(
                  null,
                  name,
                  deviceType,
                  path,
                  backupsToStore,
                  sftp ? host : null,
                  sftp ? (port == 0 ? DeviceSettings.DEFAULT_SFTP_PORT : port) : null,
                  sftp ? user : null,
                  sftp ? password : null,
                  sftp ? privateKey : null,
                  sftp ? blankToNull(trustedFingerprint) : null,
                  blankToNull(compression) == null
                      ? Compression.ZSTD
                      : option(Compression.class, compression, "compression", "ZSTD, GZIP or NONE"),
                  null);
          try {
            BackupDevice saved = services.devices().save(settings);
            return "Backup device " + saved.getName() + " saved: " + saved.getLocation();
          } catch (UntrustedHostKeyException e) {
            throw new IllegalStateException(untrusted(e));
          }
        });
  }

  @Override
  public String addTapeDevice(String name, String path, int blockSizeKib, boolean overwrite) {
    return call(
        () -> {
          TapeSettings tape =
              blockSizeKib == 0
                  ? new TapeSettings(TapeSettings.DEFAULT.blockSize(), overwrite)
                  : TapeSettings.ofKib(blockSizeKib, overwrite);
          BackupDevice saved =
              services
                  .devices()
                  .save(
                      new DeviceSettings(
                          null,
                          name,
                          DeviceType.TAPE,
                          path,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          tape));
          return "Backup device "
              + saved.getName()
              + " saved: "
              + saved.getLocation()
              + "\n"
              + services.devices().tapeStatus(saved);
        });
  }

  @Override
  public String deleteDevice(String device) {
    return call(
        () -> {
          services.devices().delete(List.of(device(device).getId()));
          return "Backup device " + device + " deleted.";
        });
  }

  @Override
  public ScheduleView[] listSchedules() {
    return call(
        () ->
            services.schedules().list().stream()
                .map(schedule -> new ScheduleView(schedule, deviceName(schedule.getDeviceId())))
                .toArray(ScheduleView[]::new));
  }

  @Override
  public String enableSchedule(String schedule) {
    return call(
        () -> {
          services.schedules().setEnabled(List.of(schedule(schedule).getId()), true);
          return "Schedule " + schedule + " enabled.";
        });
  }

  @Override
  public String disableSchedule(String schedule) {
    return call(
        () -> {
          services.schedules().setEnabled(List.of(schedule(schedule).getId()), false);
          return "Schedule " + schedule + " disabled.";
        });
  }

  @Override
  public String deleteSchedule(String schedule) {
    return call(
        () -> {
          if (!services.schedules().delete(List.of(schedule(schedule).getId()))) {
            throw new IllegalStateException(
                "The schedule " + schedule + " cannot be deleted: the default schedule stays");
          }
          return "Schedule " + schedule + " deleted.";
        });
  }

  @Override
  public JobView getCurrentJob() {
    return call(
        () ->
            newest()
                .filter(job -> job.getResult() == JobResult.RUNNING)
                .map(job -> JobView.withProgress(job, services.progress()))
                .orElse(null));
  }

  @Override
  public JobView getLastBackup() {
    return call(() -> services.backups().current().map(JobView::new).orElse(null));
  }

  @Override
  public JobView getLastRestore() {
    return call(() -> services.restores().current().map(JobView::new).orElse(null));
  }

  @Override
  public long getLastSuccessfulBackupAgeSeconds() {
    return call(
        () ->
            services
                .backups()
                .lastSuccessful()
                .map(job -> Duration.between(job.getEndedAt(), Instant.now()).toSeconds())
                .orElse(-1L));
  }

  @Override
  public AlarmView[] getActiveAlarms() {
    return call(
        () -> services.alarms().list().stream().map(AlarmView::new).toArray(AlarmView[]::new));
  }

  @Override
  public void addNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback) {
    call(() -> null);
    notifications.addNotificationListener(listener, filter, handback);
  }

  @Override
  public void removeNotificationListener(NotificationListener listener)
      throws ListenerNotFoundException {
    notifications.removeNotificationListener(listener);
  }

  @Override
  public void removeNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback)
      throws ListenerNotFoundException {
    notifications.removeNotificationListener(listener, filter, handback);
  }

  @Override
  public MBeanNotificationInfo[] getNotificationInfo() {
    return notifications.getNotificationInfo();
  }

  private Optional<JobRecord> newest() {
    return Stream.of(services.backups().current(), services.restores().current())
        .flatMap(Optional::stream)
        .max(RUNNING_FIRST_THEN_NEWEST);
  }

  /**
   * What the Restore Wizard would collect: the set by name (or {@code name@SERVER}) as the device
   * lists it, so a name the device does not list — a path, a pattern — goes no further.
   */
  private RestoreChoice choice(String device, String backupSet, String[] features, String server) {
    long deviceId = device(device).getId();
    List<RestorableSet> matching =
        services.restores().sets(deviceId).stream()
            .filter(set -> set.manifest().set().equals(backupSet) || set.key().equals(backupSet))
            .toList();
    if (matching.isEmpty()) {
      throw new IllegalArgumentException(
          "The device "
              + device
              + " has no backup set '"
              + backupSet
              + "': drs show_backupfiles "
              + device
              + " lists them");
    }
    if (matching.size() > 1) {
      throw new IllegalArgumentException(
          "Two servers wrote set "
              + backupSet
              + " on "
              + device
              + ": name it as <set>@<SERVER>, e.g. "
              + matching.get(0).key());
    }
    RestorableSet set = matching.get(0);
    return new RestoreChoice(
        deviceId, set.manifest().set(), set.manifest().server(), list(features), server);
  }

  private BackupDevice device(String name) {
    return services.devices().list().stream()
        .filter(device -> device.getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no backup device named '"
                        + name
                        + "': Backup Device lists the devices (drs device list)"));
  }

  /** The device's name; empty for a schedule without one (the default, until it is set). */
  private String deviceName(Long deviceId) {
    return deviceId == null
        ? ""
        : services.devices().find(deviceId).map(BackupDevice::getName).orElse("");
  }

  private Schedule schedule(String name) {
    return services.schedules().list().stream()
        .filter(schedule -> schedule.getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no schedule named '" + name + "': drs schedule list lists them"));
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : List.of(values);
  }

  /** The JMX wording of a host key to trust: the pages' says "choose Trust". */
  private static String untrusted(UntrustedHostKeyException e) {
    return "The SFTP server's host key "
        + e.presentedFingerprint()
        + " is not trusted"
        + (e.reason() == StorageException.Reason.HOST_KEY_CHANGED
            ? " and differs from the key trusted before (was the server rebuilt? otherwise the"
                + " connection may be intercepted)"
            : "")
        + ": compare it with the server's (ssh-keygen -lf on its host key) and add the device"
        + " again trusting it (drs device add ... --trust "
        + e.presentedFingerprint()
        + ")";
  }

  private static <E extends Enum<E>> E option(
      Class<E> options, String value, String what, String choices) {
    try {
      return Enum.valueOf(options, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + value + "' is not a " + what + ": use " + choices);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Runs a service call for an administrator only, checked before anything the caller sent is
   * looked at; DRS's refusals become exceptions every JMX client can read.
   */
  private <T> T call(Supplier<T> operation) {
    try {
      services.administrator().confirm();
      return operation.get();
    } catch (RefusedException | StorageException e) {
      throw new IllegalStateException(e.getMessage());
    } catch (EJBAccessException e) {
      throw new SecurityException(
          "DRS operations need a management user in the group drs-admin: " + e.getMessage());
    }
  }
}
