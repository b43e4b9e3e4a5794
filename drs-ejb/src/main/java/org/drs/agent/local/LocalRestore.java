package org.drs.agent.local;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.ProgressListener;
import org.drs.agent.ProgressReport;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.RestoreOutcome.Failure;
import org.drs.archive.ArchiveLimits;
import org.drs.archive.ArchiveReader;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.archive.UnsafeArchiveEntryException;
import org.drs.common.DrsSettings;
import org.drs.device.DeviceRestore;
import org.drs.device.DeviceStorage;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.schedule.ScheduleRestore;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/** The Local Agent's side of a restore: staging each component, then swapping them all in. */
@ApplicationScoped
class LocalRestore {

  private static final Logger TRACE = Logger.getLogger(LocalRestore.class.getName());

  /** Room left to the rest of the server when a set without recorded sizes is staged. */
  private static final long STAGING_RESERVE = 1024L * 1024 * 1024;

  @Inject private DeviceStorage deviceStorage;
  @Inject private DrsSettings settings;
  @EJB private DeviceRestore deviceRestore;
  @EJB private ScheduleRestore scheduleRestore;
  @EJB private RegistrationCatalog registrations;
  @Inject private ComponentHandlers handlers;

  RestoreOutcome stage(ComponentRestoreRequest request, ProgressListener progress) {
    String label = request.label();
    try (Storage storage = deviceStorage.open(request.device())) {
      StoredSet set =
          storage.listSets().stream()
              .filter(s -> s.name().equals(request.setName()))
              .filter(s -> s.server().equals(request.setServer()))
              .findFirst()
              .orElse(null);
      if (set == null) {
        return RestoreOutcome.failed(
            Failure.RESTORE_FAILED,
            label,
            "set "
                + request.setName()
                + " of server "
                + request.setServer()
                + " has no manifest on the device any more, so nothing of it is trusted");
      }
      Path into = staging().freshComponent(request.jobId(), request.feature(), name(request));
      TRACE.info("Staging " + label + " from " + request.fileName() + " into " + into);
      List<String> notices;
      try (InputStream in = storage.openFile(set, request.fileName())) {
        notices =
            new ArchiveReader(
                    into,
                    handlers.of(request.component()).liveRoots(request.component()),
                    limits(into, request.recorded()),
                    bytes -> progress.report(ProgressReport.copied(bytes)))
                .extract(in, Compression.ofFile(request.fileName()), request.recorded());
      }
      return notices.isEmpty()
          ? RestoreOutcome.done()
          : RestoreOutcome.done(String.join("; ", notices));
    } catch (UnsafeArchiveEntryException e) {
      TRACE.severe("Security violation in " + request.fileName() + ": " + e.getMessage());
      return RestoreOutcome.failed(Failure.SECURITY_VIOLATION, label, e.getMessage());
    } catch (StorageException e) {
      return RestoreOutcome.deviceFailed(label, e);
    } catch (IOException e) {
      return RestoreOutcome.failed(Failure.RESTORE_FAILED, label, e.getMessage());
    } catch (OutOfMemoryError | StackOverflowError e) {
      // The archive limits should make this impossible; if not, the job still ends cleanly.
      TRACE.severe("Staging " + label + " exhausted the server: " + e);
      return RestoreOutcome.failed(
          Failure.RESTORE_FAILED,
          label,
          "reading "
              + request.fileName()
              + " needed more memory than the server has ("
              + e.getClass().getSimpleName()
              + "): the file is damaged or hostile");
    }
  }

  /**
   * What the component's archive may cost: the settings' limits, and as many bytes as its tar
   * stream held when it was written, or, for a set whose manifest predates that record, the free
   * room in staging less a reserve for the rest of the server.
   */
  private ArchiveLimits limits(Path staging, ArchiveResult recorded) throws IOException {
    long contentBytes = recorded.contentBytes();
    String source = "the " + contentBytes + " bytes its manifest records";
    if (contentBytes <= 0) {
      FileStore store = Files.getFileStore(staging);
      long reserve = Math.min(STAGING_RESERVE, store.getTotalSpace() / 10);
      contentBytes = Math.max(0, store.getUsableSpace() - reserve);
      source = "the " + contentBytes + " bytes of free room in staging";
    }
    return new ArchiveLimits(
        settings.restoreMaxNameBytes(),
        settings.restoreMaxPaxHeaderBytes(),
        settings.restoreMaxEntries(),
        settings.restoreMaxDepth(),
        contentBytes,
        source);
  }

  RestoreOutcome swap(long jobId, List<ComponentRestoreRequest> components) {
    List<ComponentSwap> swaps = new ArrayList<>();
    try {
      for (ComponentRestoreRequest component : components) {
        swaps.add(swapFor(jobId, component));
      }
      SwapPlan.of(components).write(staging().swapPlan(jobId));
      AllOrNothingSwap.replaceAll(swaps, staging().swapped(jobId));
      return swaps.stream()
          .filter(PlatformSwap.class::isInstance)
          .map(swap -> platformNotice((PlatformSwap) swap))
          .filter(notice -> !notice.isEmpty())
          .findFirst()
          .map(RestoreOutcome::done)
          .orElse(RestoreOutcome.done());
    } catch (SwapFailedException e) {
      return RestoreOutcome.failed(Failure.SWAP, e.component(), e.getMessage());
    } catch (IOException e) {
      return RestoreOutcome.failed(Failure.SWAP, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RestoreOutcome.failed(Failure.SWAP, null, "interrupted");
    }
  }

  /** What the administrator must do about restored settings: empty when nothing. */
  private static String platformNotice(PlatformSwap swap) {
    StringBuilder notice = new StringBuilder();
    if (!swap.withoutSecrets().isEmpty()) {
      notice.append(
          "Backup devices "
              + String.join(", ", swap.withoutSecrets())
              + " came back without their passwords or keys, which were sealed under another"
              + " security password: edit each device and enter it again.");
    }
    if (!swap.disabledSchedules().isEmpty()) {
      notice.append(notice.isEmpty() ? "" : " ");
      notice.append(
          "Schedules "
              + String.join(", ", swap.disabledSchedules())
              + " came back disabled: edit and enable them.");
    }
    return notice.toString();
  }

  /**
   * At the start after a crash, from the staging area alone (an embedded database may have lost the
   * job's last records): finishes each interrupted swap that had replaced every component, or else
   * puts back what it had begun; then removes the staging areas.
   *
   * @return for each interrupted restore job, whether it was finished
   */
  Map<Long, Boolean> recoverInterrupted() throws IOException {
    Map<Long, Boolean> finished = new HashMap<>();
    StagingArea staging = staging();
    for (long jobId : staging.jobs()) {
      boolean done = false;
      if (Files.exists(staging.swapPlan(jobId))) {
        try {
          done = AllOrNothingSwap.recover(plannedSwaps(jobId), staging.swapped(jobId));
        } catch (IOException | RuntimeException e) {
          // DRS must start even so; what could not be recovered is in the trace for the
          // administrator.
          TRACE.severe("Restore job " + jobId + " could not be recovered: " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      finished.put(jobId, done);
      discard(jobId);
    }
    return finished;
  }

  private List<ComponentSwap> plannedSwaps(long jobId) throws IOException {
    SwapPlan plan = SwapPlan.read(staging().swapPlan(jobId), this::registered);
    List<ComponentSwap> swaps = new ArrayList<>();
    for (ComponentRestoreRequest component : plan.components()) {
      swaps.add(swapFor(jobId, component));
    }
    return swaps;
  }

  private Optional<ComponentRegistration> registered(String feature, String component) {
    return registrations.feature(feature).stream()
        .flatMap(registered -> registered.components().stream())
        .filter(c -> c.name().equals(component))
        .findFirst();
  }

  void discard(long jobId) {
    try {
      staging().discard(jobId);
    } catch (IOException e) {
      TRACE.warning("The staging area of restore job " + jobId + " could not be removed: " + e);
    }
  }

  private ComponentSwap swapFor(long jobId, ComponentRestoreRequest request) throws IOException {
    ComponentRegistration component = request.component();
    StagingArea staging = staging();
    Path staged = staging.component(jobId, request.feature(), component.name());
    Path old = staging.old(jobId, request.feature(), component.name());
    String label = request.label();
    if (RegistrationCatalog.DRS_FEATURE.equals(request.feature())) {
      // DRS's own settings are restored into its database, not only as files.
      return new PlatformSwap(
          label,
          deviceRestore,
          scheduleRestore,
          staged,
          request.device() == null ? null : request.device().name(),
          settings.platformDirectory(),
          old);
    }
    return handlers
        .of(component)
        .swap(
            new ComponentHandler.SwapTarget(
                label,
                component,
                staged,
                old,
                jobId,
                Map.of(
                    "DRS_FEATURE", request.feature(),
                    "DRS_COMPONENT", component.name(),
                    "DRS_SET", request.setName())));
  }

  private static String name(ComponentRestoreRequest request) {
    return request.component().name();
  }

  private StagingArea staging() {
    return new StagingArea(settings.stagingDirectory());
  }
}
