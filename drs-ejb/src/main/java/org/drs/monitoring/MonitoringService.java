package org.drs.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.drs.common.DrsRoles;
import org.drs.device.DeviceRepository;
import org.drs.job.ActiveAlarms;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.ProgressReport;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * The way in to the operator's view: samples the job history, the active alarms and the devices'
 * free space in the background, at start, every 5 minutes and soon after a job starts or ends or an
 * alarm is raised ({@link SampleAfterChanges}), and hands the last sample to the metrics and the
 * Overview. One sample at a time: a request while one is taken has it taken again after.
 */
@Startup
@Singleton
@DependsOn("DrsStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(DrsRoles.ADMIN)
public class MonitoringService {

  /**
   * Monitoring's own threads (configure-drs.cli): a device or mail server that hangs holds one of
   * them, never one of the server's default executor.
   */
  static final String EXECUTOR = "java:jboss/ee/concurrency/executor/drs-monitoring";

  private static final Logger TRACE = Logger.getLogger(MonitoringService.class.getName());

  @Resource private TimerService timers;
  @EJB private JobRecords jobs;
  @EJB private ActiveAlarms activeAlarms;
  @EJB private RegistrationCatalog catalog;
  @Inject private DeviceRepository devices;
  @Inject private FreeSpaceProbes freeSpace;
  @Inject private JobProgress progress;
  @Inject private DrsMeters meters;

  private final AtomicBoolean sampling = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile MonitoringSample latest = MonitoringSample.none();

  /** The last sample; {@link MonitoringSample#none()} until the first one, taken at start. */
  public MonitoringSample latest() {
    return latest;
  }

  @PostConstruct
  void firstSampleSoon() {
    timers.createSingleActionTimer(1, new TimerConfig(null, false));
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void everyFiveMinutes() {
    sampleNow();
  }

  /**
   * Takes a sample, or, while one is being taken, has it taken again once that one is done: a
   * sample begun before a job ended may not see its end.
   */
  @Timeout
  public void sampleNow() {
    requested.set(true);
    while (requested.get() && sampling.compareAndSet(false, true)) {
      try {
        requested.set(false);
        MonitoringSample next = take();
        latest = next;
        meters.publish(next);
        TRACE.fine(
            () ->
                "Sampled the monitoring figures of "
                    + next.features().size()
                    + " features and "
                    + next.devices().size()
                    + " devices");
      } catch (RuntimeException e) {
        TRACE.log(
            Level.WARNING, "The monitoring figures could not be sampled; the last ones stay", e);
      } finally {
        sampling.set(false);
      }
    }
  }

  private MonitoringSample take() {
    Instant now = Instant.now();
    List<JobRecord> history = jobs.history();
    // Registered features only: one that was unregistered has nothing left to promise.
    List<String> names =
        catalog.selectableFeatures().stream().map(FeatureRegistration::name).toList();
    Map<Long, ProgressReport> running = new LinkedHashMap<>();
    history.stream()
        .filter(job -> job.getResult() == JobResult.RUNNING)
        .forEach(job -> running.put(job.getId(), ProgressReport.of(job, progress, now)));
    return new MonitoringSample(
        now,
        names.stream().map(name -> FeatureFigures.of(name, history)).toList(),
        freeSpace.measure(devices.all()),
        running,
        activeAlarms.list());
  }
}
