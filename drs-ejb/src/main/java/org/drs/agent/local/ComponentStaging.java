package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.ProgressListener;
import org.drs.agent.ProgressReport;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.RestoreOutcome.Failure;
import org.drs.agent.StagedText;
import org.drs.archive.ArchiveLimits;
import org.drs.archive.ArchiveReader;
import org.drs.archive.ArchiveResult;
import org.drs.archive.Compression;
import org.drs.archive.UnsafeArchiveEntryException;
import org.drs.common.DrsSettings;
import org.drs.device.DeviceStorage;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/**
 * The Local Agent's first phase of a restore: reading each component from the device into the job's
 * staging area in one pass, checking size, SHA-256 and every archive entry, within the limits.
 * Nothing outside the staging area changes.
 */
@ApplicationScoped
class ComponentStaging {

  /** Settings files are a few kilobytes; a larger one is not DRS's. */
  private static final long MAX_TEXT_BYTES = 16L << 20;

  private static final Logger TRACE = Logger.getLogger(ComponentStaging.class.getName());

  /** Room left to the rest of the server when a set without recorded sizes is staged. */
  private static final long STAGING_RESERVE = 1024L * 1024 * 1024;

  @Inject private DeviceStorage deviceStorage;
  @Inject private DrsSettings settings;
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

  private static String name(ComponentRestoreRequest request) {
    return request.component().name();
  }

  /**
   * A settings file of a staged component, as text. Only a plain name is taken, only a regular file
   * is read (never through a link), and only up to {@link #MAX_TEXT_BYTES}.
   */
  StagedText text(long jobId, String feature, String component, String fileName) {
    if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    Path file = staging().component(jobId, feature, component).resolve(fileName);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new StagedText(fileName, null);
      }
      if (Files.size(file) > MAX_TEXT_BYTES) {
        throw new UncheckedIOException(
            new IOException(fileName + " is larger than " + MAX_TEXT_BYTES + " bytes"));
      }
      return new StagedText(fileName, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StagingArea staging() {
    return new StagingArea(settings.stagingDirectory());
  }
}
