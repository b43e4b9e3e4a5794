package org.drs.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmRaised;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.ProgressReport;

/**
 * DRS's metrics in WildFly's Micrometer registry, which serves them in Prometheus's text format at
 * {@code /prometheus} (configure-metrics.cli). Every value is read from the last {@link
 * MonitoringSample}, so a scrape never waits for a device or the database; only the ages are
 * counted at the scrape, from the sampled times. The names follow Prometheus's conventions once the
 * registry adds the unit and {@code _total}: {@code drs_backup_last_success_timestamp_seconds},
 * {@code drs_backup_results_total}, … The README lists them.
 */
@ApplicationScoped
public class DrsMeters {

  private static final String FEATURE = "feature";

  @Inject private MeterRegistry deploymentRegistry;
  private MeterRegistry registry;

  private final AtomicReference<MonitoringSample> sample =
      new AtomicReference<>(MonitoringSample.none());
  private final Set<String> features = ConcurrentHashMap.newKeySet();
  private final Map<String, Meter> devices = new HashMap<>();
  private final Map<AlarmName, Counter> raised = new EnumMap<>(AlarmName.class);
  private final List<Meter> meters = new ArrayList<>();

  @PostConstruct
  void findServerRegistry() {
    registry = ServerRegistry.behind(deploymentRegistry);
  }

  /**
   * Publishes a new sample: its figures replace the last one's, new features and devices appear,
   * and a device that is gone (deleted, or renamed) takes its series with it.
   */
  public synchronized void publish(MonitoringSample next) {
    registerAlarmsAndSample();
    sample.set(next);
    next.features().stream()
        .map(FeatureFigures::feature)
        .filter(features::add)
        .forEach(this::registerFeature);
    Set<String> names =
        next.devices().stream().map(DeviceFigures::name).collect(Collectors.toSet());
    devices.keySet().stream()
        .filter(name -> !names.contains(name))
        .toList()
        .forEach(gone -> forget(devices.remove(gone)));
    names.forEach(name -> devices.computeIfAbsent(name, this::registerDevice));
  }

  /** Counts an alarm once it is committed. */
  void alarmRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmRaised alarm) {
    synchronized (this) {
      registerAlarmsAndSample();
    }
    raised.get(alarm.name()).increment();
  }

  /** Takes DRS's meters out of the server's registry when DRS is undeployed. */
  @PreDestroy
  synchronized void removeMeters() {
    meters.forEach(registry::remove);
    meters.clear();
  }

  private void registerAlarmsAndSample() {
    if (!raised.isEmpty()) {
      return;
    }
    for (AlarmName name : AlarmName.values()) {
      Counter counter =
          Counter.builder("drs.alarms.raised")
              .description("Alarms raised since DRS started, by name")
              .tag("name", name.name())
              .register(registry);
      meters.add(counter);
      raised.put(name, counter);
      gauge(
          "drs.alarms.active",
          "Alarms that still call for attention, by name (active as JMX's ActiveAlarms says)",
          s -> s.activeAlarms().stream().filter(a -> a.getName() == name).count(),
          "name",
          name.name());
    }
    seconds(
        "drs.monitoring.sample.timestamp",
        "When these figures were sampled (every 5 minutes, after every job and alarm)",
        s -> s.sampledAt() == null ? Double.NaN : epochSeconds(s.sampledAt()));
  }

  private void registerFeature(String feature) {
    seconds(
        "drs.backup.last.success.timestamp",
        "End of the feature's last successful backup; 0 when it never had one",
        s -> figure(s, feature, f -> f.lastSuccess() == null ? 0 : epochSeconds(f.lastSuccess())),
        FEATURE,
        feature);
    seconds(
        "drs.backup.last.success.age",
        "Time since the feature's last successful backup ended; NaN when it never had one",
        s ->
            figure(
                s,
                feature,
                f ->
                    f.lastSuccess() == null
                        ? Double.NaN
                        : Duration.between(f.lastSuccess(), Instant.now()).toMillis() / 1000.0),
        FEATURE,
        feature);
    seconds(
        "drs.backup.last.duration",
        "How long the feature's last backup that ran took, whatever its result",
        s ->
            figure(
                s,
                feature,
                f -> f.lastDuration() == null ? Double.NaN : f.lastDuration().toMillis() / 1000.0),
        FEATURE,
        feature);
    register(
        "drs.backup.last.read",
        "bytes",
        "What the feature's last backup that ran read of its data",
        s -> figure(s, feature, FeatureFigures::lastReadBytes),
        FEATURE,
        feature);
    register(
        "drs.backup.last.written",
        "bytes",
        "What the feature's last backup that ran wrote to its device",
        s -> figure(s, feature, FeatureFigures::lastWrittenBytes),
        FEATURE,
        feature);
    for (JobResult result : JobResult.values()) {
      if (result == JobResult.RUNNING) {
        continue;
      }
      counter(
          "drs.backup.results",
          "The feature's backups that ended, by result (SKIPPED and MISSED never ran)",
          s -> figure(s, feature, f -> f.backupResults().getOrDefault(result, 0L)),
          feature,
          result);
      if (result.ran()) {
        counter(
            "drs.restore.results",
            "The feature's restores that ended, by result",
            s -> figure(s, feature, f -> f.restoreResults().getOrDefault(result, 0L)),
            feature,
            result);
      }
    }
    meters.add(
        FunctionTimer.builder(
                "drs.restore.duration",
                sample,
                holder ->
                    (long)
                        figure(
                            holder.get(),
                            feature,
                            f -> f.restoreResults().values().stream().mapToLong(n -> n).sum()),
                holder -> figure(holder.get(), feature, f -> f.restoreTime().toMillis() / 1000.0),
                TimeUnit.SECONDS)
            .description("The feature's restores that ended, and the time they took")
            .tag(FEATURE, feature)
            .register(registry));
    gauge(
        "drs.job.running",
        "1 while a backup or restore of the feature runs, else 0",
        s -> figure(s, feature, f -> f.running() == null ? 0 : 1),
        FEATURE,
        feature);
    register(
        "drs.job.progress",
        "ratio",
        "How far the feature's running job was when sampled, 0 to 1; NaN when none runs",
        s -> figure(s, feature, f -> progress(s, f.running())),
        FEATURE,
        feature);
  }

  private Meter registerDevice(String device) {
    return register(
        "drs.device.free",
        "bytes",
        "Free space on the device when last measured; NaN when it cannot tell (a tape) or did not answer",
        s ->
            s.device(device)
                .map(
                    d ->
                        d.freeBytes().isPresent() ? (double) d.freeBytes().getAsLong() : Double.NaN)
                .orElse(Double.NaN),
        "device",
        device);
  }

  private void gauge(
      String name, String description, ToDoubleFunction<MonitoringSample> value, String... tags) {
    register(name, null, description, value, tags);
  }

  /** A gauge of seconds, to which the registry adds {@code _seconds}. */
  private void seconds(
      String name, String description, ToDoubleFunction<MonitoringSample> value, String... tags) {
    register(name, "seconds", description, value, tags);
  }

  private Meter register(
      String name,
      String unit,
      String description,
      ToDoubleFunction<MonitoringSample> value,
      String... tags) {
    Meter gauge =
        Gauge.builder(name, sample, holder -> value.applyAsDouble(holder.get()))
            .description(description)
            .baseUnit(unit)
            .tags(tags)
            .register(registry);
    meters.add(gauge);
    return gauge;
  }

  private void forget(Meter meter) {
    meters.remove(meter);
    registry.remove(meter);
  }

  private void counter(
      String name,
      String description,
      ToDoubleFunction<MonitoringSample> value,
      String feature,
      JobResult result) {
    meters.add(
        FunctionCounter.builder(name, sample, holder -> value.applyAsDouble(holder.get()))
            .description(description)
            .tags(FEATURE, feature, "result", result.name())
            .register(registry));
  }

  private static double figure(
      MonitoringSample sample, String feature, ToDoubleFunction<FeatureFigures> value) {
    return sample.feature(feature).map(value::applyAsDouble).orElse(Double.NaN);
  }

  private static double progress(MonitoringSample sample, JobRecord running) {
    if (running == null) {
      return Double.NaN;
    }
    ProgressReport report = sample.progress().get(running.getId());
    return report == null ? 0 : report.percentage() / 100.0;
  }

  private static double epochSeconds(Instant instant) {
    return instant.toEpochMilli() / 1000.0;
  }
}
