package org.drs.agent.local;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.drs.agent.BackupProgress;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.RestoreOutcome.Failure;
import org.drs.archive.ArchiveLimits;
import org.drs.archive.ArchiveReader;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.archive.UnsafeArchiveEntryException;
import org.drs.common.DrsSettings;
import org.drs.common.PrivateFiles;
import org.drs.common.SymbolicLinks;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRestore;
import org.drs.device.DeviceStorage;
import org.drs.registration.ActionKind;
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

  @PersistenceContext private EntityManager entityManager;
  @Inject private DeviceStorage deviceStorage;
  @Inject private DrsSettings settings;
  @EJB private DeviceRestore deviceRestore;
  @EJB private ScheduleRestore scheduleRestore;
  @EJB private RegistrationCatalog registrations;

  RestoreOutcome stage(ComponentRestoreRequest request, BackupProgress progress) {
    String label = request.label();
    BackupDevice device = entityManager.find(BackupDevice.class, request.deviceId());
    if (device == null) {
      return RestoreOutcome.failed(
          Failure.RESTORE_FAILED, label, "the backup device was deleted while the job ran");
    }
    try (Storage storage = deviceStorage.open(device)) {
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
                    liveRoots(request.component()),
                    limits(into, request.recorded()),
                    progress::copied)
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
   * Where a directory component lives: its registered path and, when that is a symbolic link, what
   * it points to, so that absolute links inside the component are known as such.
   */
  private static List<Path> liveRoots(ComponentRegistration component) throws IOException {
    if (component.kind() != ActionKind.DIRECTORY) {
      return List.of();
    }
    Path registered = Path.of(component.target());
    return List.of(registered, SymbolicLinks.resolve(registered)).stream().distinct().toList();
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
      writeSwapPlan(jobId, components);
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

  private void writeSwapPlan(long jobId, List<ComponentRestoreRequest> components)
      throws IOException {
    List<String> lines =
        components.stream()
            .map(
                c ->
                    String.join(
                        "\t",
                        c.feature(),
                        c.component().name(),
                        String.valueOf(c.deviceId()),
                        c.setName()))
            .toList();
    Path plan = staging().swapPlan(jobId);
    Path partial = plan.resolveSibling(plan.getFileName() + ".partial");
    PrivateFiles.write(partial, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.move(partial, plan, StandardCopyOption.ATOMIC_MOVE);
  }

  private List<ComponentSwap> plannedSwaps(long jobId) throws IOException {
    List<ComponentSwap> swaps = new ArrayList<>();
    for (String line : Files.readAllLines(staging().swapPlan(jobId))) {
      String[] fields = line.split("\t");
      ComponentRegistration component =
          registrations.feature(fields[0]).stream()
              .flatMap(feature -> feature.components().stream())
              .filter(c -> c.name().equals(fields[1]))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IOException(
                          fields[0]
                              + "/"
                              + fields[1]
                              + " is no longer registered: check its data"));
      swaps.add(
          swapFor(
              jobId,
              new ComponentRestoreRequest(
                  jobId,
                  Long.parseLong(fields[2]),
                  fields[3],
                  null,
                  fields[0],
                  component,
                  null,
                  null)));
    }
    return swaps;
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
          request.deviceId(),
          settings.platformDirectory(),
          old);
    }
    return switch (component.kind()) {
      case DIRECTORY -> new DirectorySwap(label, Path.of(component.target()), staged, jobId);
      case DATABASE ->
          new H2DatabaseSwap(
              label,
              dataSource(component.target()),
              staged.resolve(DatabaseDump.ENTRY_NAME),
              old.resolveSibling(old.getFileName() + ".sql"));
      case POSTGRESQL ->
          new PostgresSwap(
              label,
              new PostgresDump(component.target()),
              staged.resolve(PostgresDump.ENTRY_NAME),
              old.resolveSibling(old.getFileName() + ".pgdump"));
      case SCRIPT ->
          new ScriptSwap(
              label,
              component.target(),
              staged,
              old,
              Map.of(
                  "DRS_FEATURE", request.feature(),
                  "DRS_COMPONENT", component.name(),
                  "DRS_SET", request.setName()));
    };
  }

  private static String name(ComponentRestoreRequest request) {
    return request.component().name();
  }

  private static DataSource dataSource(String jndiName) throws IOException {
    try {
      return (DataSource) new InitialContext().lookup(jndiName);
    } catch (NamingException e) {
      throw new IOException("the datasource " + jndiName + " does not exist on this server");
    }
  }

  private StagingArea staging() {
    return new StagingArea(settings.stagingDirectory());
  }
}
