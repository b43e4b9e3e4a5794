package org.drs.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceStorage;
import org.drs.device.DeviceType;
import org.drs.storage.Storage;

/**
 * Asks each device for its free space, all at once and each on a thread of its own, and waits for
 * the answers a bounded time: a device that does not answer keeps its last figure, and is not asked
 * again while its question is still open; one that fails has no figure. Tapes are never asked: a
 * drive cannot tell, and opening it would disturb a backup.
 */
@ApplicationScoped
public class FreeSpaceProbes {

  static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
  private static final Logger TRACE = Logger.getLogger(FreeSpaceProbes.class.getName());

  @Resource(lookup = MonitoringService.EXECUTOR)
  private ManagedExecutorService executor;

  @Inject private DeviceStorage storage;

  private final Map<Long, Future<OptionalLong>> open = new ConcurrentHashMap<>();
  private final Map<Long, DeviceFigures> last = new ConcurrentHashMap<>();

  /** The devices' figures, in the order given. */
  public List<DeviceFigures> measure(List<BackupDevice> devices) {
    Map<BackupDevice, Future<OptionalLong>> asked = new LinkedHashMap<>();
    for (BackupDevice device : devices) {
      if (device.getType() != DeviceType.TAPE) {
        asked.put(device, open.computeIfAbsent(device.getId(), id -> ask(device)));
      }
    }
    long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
    List<DeviceFigures> figures = new ArrayList<>();
    for (BackupDevice device : devices) {
      Future<OptionalLong> answer = asked.get(device);
      figures.add(answer == null ? unknown(device) : figures(device, answer, deadline));
    }
    last.keySet().retainAll(devices.stream().map(BackupDevice::getId).toList());
    return figures;
  }

  private Future<OptionalLong> ask(BackupDevice device) {
    return executor.submit(
        () -> {
          try (Storage open = storage.open(device)) {
            return open.freeSpace();
          }
        });
  }

  private DeviceFigures figures(BackupDevice device, Future<OptionalLong> answer, long deadline) {
    try {
      OptionalLong free =
          answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      open.remove(device.getId());
      DeviceFigures figures =
          new DeviceFigures(
              device.getName(), device.getType(), device.getPath(), free, Instant.now());
      last.put(device.getId(), figures);
      return figures;
    } catch (TimeoutException stillAsking) {
      TRACE.warning(
          "Device " + device.getName() + " did not tell its free space within " + ANSWER_WITHIN);
    } catch (ExecutionException e) {
      open.remove(device.getId());
      last.remove(device.getId());
      TRACE.log(
          Level.WARNING,
          "Device " + device.getName() + " could not tell its free space",
          e.getCause());
      return unknown(device);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    DeviceFigures before = last.get(device.getId());
    return before == null ? unknown(device) : before;
  }

  private static DeviceFigures unknown(BackupDevice device) {
    return new DeviceFigures(
        device.getName(), device.getType(), device.getPath(), OptionalLong.empty(), null);
  }
}
