package org.drs.agent.local;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.drs.agent.ComponentBackupRequest;
import org.drs.agent.ComponentBackupResult;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.LocalAgent;
import org.drs.agent.ProgressListener;
import org.drs.agent.ProgressReport;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.RestoreRecovery;
import org.drs.agent.StagedText;
import org.drs.archive.ArchiveResult;
import org.drs.archive.ArchiveWriter;
import org.drs.common.DrsSettings;
import org.drs.common.PrivateFiles;
import org.drs.device.DeviceStorage;
import org.drs.registration.ComponentRegistration;
import org.drs.storage.DeviceWriteException;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;

/** The Local Agent of the server DRS runs on, called in the same JVM. */
@ApplicationScoped
public class InVmLocalAgent implements LocalAgent {

  private static final Logger TRACE = Logger.getLogger(InVmLocalAgent.class.getName());

  @Inject private DeviceStorage deviceStorage;
  @Inject private ComponentStaging staging;
  @Inject private LocalRestore restore;
  @Inject private ComponentHandlers handlers;
  @Inject private DrsSettings settings;

  /** The device connection each job is writing through, for {@link #abort}. */
  private final Map<Long, Storage> openByJob = new ConcurrentHashMap<>();

  /** DRS stops: the process groups of actions still running end with it. */
  @PreDestroy
  void endChildProcesses() {
    ChildProcess.endAll();
  }

  @Override
  public void abort(long jobId) {
    Storage storage = openByJob.remove(jobId);
    if (storage != null) {
      TRACE.warning("Closing the device connection of job " + jobId + " to break off its transfer");
      storage.close();
    }
  }

  @Override
  public RestoreOutcome stage(ComponentRestoreRequest request, ProgressListener progress) {
    return staging.stage(request, progress);
  }

  @Override
  public RestoreOutcome swap(long jobId, List<ComponentRestoreRequest> components) {
    return restore.swap(jobId, components);
  }

  @Override
  public void discardStaging(long jobId) {
    restore.discard(jobId);
  }

  @Override
  public Map<Long, RestoreRecovery> recoverInterruptedRestores() {
    try {
      return restore.recoverInterrupted();
    } catch (IOException e) {
      TRACE.severe("The staging directory cannot be read to recover restores: " + e.getMessage());
      return Map.of();
    }
  }

  @Override
  public ComponentBackupResult backUp(ComponentBackupRequest request, ProgressListener progress) {
    ComponentRegistration component = request.component();
    ActionContext context =
        ActionContext.of(
            request.feature(),
            component.name(),
            request.setName(),
            request.deadline(),
            output -> progress.report(ProgressReport.noted(output)));
    String label = request.feature() + "/" + component.name();
    TRACE.info("Backing up " + label + " to " + request.fileName());
    String failure = null;
    StorageException deviceFailure = null;
    ArchiveResult archive = null;
    try {
      if (component.preBackup() != null) {
        ActionScript.run(
            component.preBackup(),
            "pre-backup",
            context,
            null,
            component.timeouts().preBackupLimit());
      }
      archive = archive(request, context, progress);
    } catch (StorageException e) {
      deviceFailure = e;
      failure = e.getMessage();
    } catch (DeviceWriteException e) {
      deviceFailure = new StorageException(e.reason(), e.getMessage(), e);
      failure = e.getMessage();
    } catch (IOException | DatabaseDumpException e) {
      failure = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted";
    } finally {
      if (component.postBackup() != null) {
        try {
          ActionScript.run(
              component.postBackup(),
              "post-backup",
              context,
              null,
              component.timeouts().postBackupLimit());
        } catch (IOException e) {
          failure = failure == null ? e.getMessage() : failure + "; " + e.getMessage();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    if (failure != null) {
      TRACE.warning("Backup of " + label + " failed: " + failure);
      return deviceFailure != null
          ? ComponentBackupResult.deviceFailure(deviceFailure)
          : ComponentBackupResult.failure(failure);
    }
    TRACE.info(
        "Backed up " + label + ": " + archive.bytes() + " bytes, SHA-256 " + archive.sha256());
    return ComponentBackupResult.success(archive);
  }

  private ArchiveResult archive(
      ComponentBackupRequest request, ActionContext context, ProgressListener progress)
      throws IOException, InterruptedException {
    try (Storage storage = deviceStorage.open(request.device())) {
      openByJob.put(request.jobId(), storage);
      try {
        return write(storage, request, context, progress);
      } catch (IOException | RuntimeException | InterruptedException e) {
        // A failed component leaves nothing on the device; the other components go on.
        storage.abortSet(List.of(request.fileName()));
        throw e;
      } finally {
        openByJob.remove(request.jobId(), storage);
      }
    }
  }

  private ArchiveResult write(
      Storage storage,
      ComponentBackupRequest request,
      ActionContext context,
      ProgressListener progress)
      throws IOException, InterruptedException {
    ComponentRegistration component = request.component();
    try (OutputStream out = storage.writeFile(request.fileName());
        ArchiveWriter writer =
            new ArchiveWriter(
                out,
                request.compression(),
                bytes -> progress.report(ProgressReport.copied(bytes)),
                notice -> progress.report(ProgressReport.noted(notice)))) {
      handlers.of(component).archive(component, writer, context);
      return writer.finish();
    }
  }

  @Override
  public StagedText stagedText(long jobId, String feature, String component, String fileName) {
    return staging.text(jobId, feature, component, fileName);
  }

  @Override
  public Long sourceBytes(ComponentRegistration component) {
    return handlers.of(component).sourceBytes(component);
  }

  @Override
  public long freeStagingBytes() {
    Path staging = settings.stagingDirectory();
    try {
      PrivateFiles.createDirectories(staging);
      return Files.getFileStore(staging).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public String overwrites(ComponentRegistration component) {
    return handlers.of(component).overwrites(component);
  }
}
