package org.drs.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drs.alarm.Alarm;
import org.drs.backup.BackupService;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDeviceService;
import org.drs.job.ActiveAlarms;
import org.drs.job.JobKind;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.ProgressReport;
import org.drs.monitoring.MonitoringSample;
import org.drs.monitoring.MonitoringService;
import org.drs.restore.RestoreService;
import org.drs.schedule.Schedule;
import org.drs.schedule.ScheduleService;
import org.drs.selftest.SelfTest;
import org.drs.selftest.SelfTestRun;
import org.drs.web.common.Figures;

/**
 * The Overview: per feature, the last successful backup and whether it is as recent as its
 * schedules promise, and the next run; the running job with its progress; the active alarms; each
 * device's free space (as sampled in the background, so the page never waits for a device); and how
 * the last self-test of the Master Agent ended.
 */
@Named
@RequestScoped
public class OverviewView {

  @Inject private DrsSettings settings;
  @Inject private JobProgress progress;
  @EJB private SelfTest selfTest;
  @EJB private ScheduleService schedules;
  @EJB private MonitoringService monitoring;
  @EJB private BackupDeviceService devices;
  @EJB private ActiveAlarms activeAlarms;
  @EJB private BackupService backups;
  @EJB private RestoreService restores;

  private SelfTestRun lastSelfTest;
  private Schedule nextScheduled;
  private List<FeatureRow> features;
  private List<DeviceRow> deviceRows;
  private List<Alarm> alarms;
  private JobRecord running;
  private ProgressReport runningProgress;
  private Instant sampledAt;

  @PostConstruct
  void init() {
    Instant now = Instant.now();
    lastSelfTest = selfTest.lastRun().orElse(null);
    nextScheduled = schedules.nextDue().orElse(null);
    MonitoringSample sample = monitoring.latest();
    sampledAt = sample.sampledAt();
    List<Schedule> all = schedules.list();
    Map<Long, JobRecord> lastRuns = new HashMap<>();
    all.stream()
        .filter(Schedule::isEnabled)
        .forEach(s -> schedules.lastRun(s.getId()).ifPresent(run -> lastRuns.put(s.getId(), run)));
    features = sample.features().stream().map(f -> new FeatureRow(f, all, lastRuns, now)).toList();
    deviceRows =
        devices.list().stream()
            .map(d -> new DeviceRow(d, sample.device(d.getName()).orElse(null)))
            .toList();
    alarms = activeAlarms.list();
    running =
        Stream.of(backups.current(), restores.current())
            .flatMap(Optional::stream)
            .filter(job -> job.getResult() == JobResult.RUNNING)
            .findFirst()
            .orElse(null);
    runningProgress = running == null ? null : ProgressReport.of(running, progress, now);
  }

  public List<FeatureRow> getFeatures() {
    return features;
  }

  public List<DeviceRow> getDevices() {
    return deviceRows;
  }

  /** Whether a device is a directory on this server's own disk, which the page warns of. */
  public boolean isLocalDevice() {
    return deviceRows.stream().anyMatch(DeviceRow::isLocal);
  }

  public int getActiveAlarmCount() {
    return alarms.size();
  }

  public Alarm getNewestAlarm() {
    return alarms.isEmpty() ? null : alarms.get(0);
  }

  public JobRecord getRunning() {
    return running;
  }

  public boolean isRunningBackup() {
    return running != null && running.getKind() == JobKind.BACKUP;
  }

  /** The running job's progress: percentage, bytes, throughput, component. */
  public String getRunningProgress() {
    if (runningProgress == null) {
      return "";
    }
    return runningProgress.percentage()
        + "% — "
        + Figures.bytes(runningProgress.bytesDone())
        + " at "
        + Figures.throughput(runningProgress.bytesPerSecond())
        + (runningProgress.currentComponent().isEmpty()
            ? ""
            : ", now " + runningProgress.currentComponent());
  }

  /** When the figures of the features and devices were sampled; null before the first sample. */
  public Instant getSampledAt() {
    return sampledAt;
  }

  public Schedule getNextScheduled() {
    return nextScheduled;
  }

  public String getLocalBackupDirectory() {
    return settings.localBackupDirectory().toString();
  }

  public SelfTestRun getLastSelfTest() {
    return lastSelfTest;
  }
}
