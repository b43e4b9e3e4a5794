package org.drs.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.drs.agent.master.MasterAgent;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.backup.ManifestSummary.ComponentSummary;
import org.drs.common.Cleanup;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.device.DeviceStorage;
import org.drs.job.EndRequest;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobLog;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobTimedOut;
import org.drs.job.JobWatchdog;
import org.drs.job.PlatformLock;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StoredSet;

/**
 * How backup jobs end other than by committing their set: Cancel Backup, the time-out, a failure,
 * the end of the batch job whatever happened, and jobs a stop of the server interrupted. Every
 * ending removes the unfinished files and releases the platform lock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupEndings {

  private static final Logger TRACE = Logger.getLogger(BackupEndings.class.getName());
  private static final String INTERRUPTED =
      "The server stopped while this job ran; its unfinished files were removed";

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @Inject private JobProgress progress;
  @Inject private MasterAgent masterAgent;
  @Inject private DeviceStorage deviceStorage;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private JobWatchdog watchdog;

  /**
   * Asks a running backup to stop. As the guide says, it takes effect after the current component
   * completes; the job then ends CANCELLED and its files are removed.
   *
   * @throws BackupRefusedException when no backup runs
   */
  public void cancel(String by) {
    JobRecord job =
        jobs.running(JobKind.BACKUP).stream()
            .findFirst()
            .orElseThrow(
                () -> new BackupRefusedException("No backup is running: nothing to cancel."));
    jobs.requestEnd(job.getId(), EndRequest.CANCEL, "Cancelled by " + by);
    BatchRuntime.getJobOperator().stop(job.getExecutionId());
    JobLog.append(
        Path.of(job.getLogFile()),
        "Cancel requested by " + by + ": the backup stops after the current component");
    TRACE.info("AUDIT backup " + job.getSetName() + " cancelled by " + by);
  }

  /**
   * The watchdog's call when a backup runs past its time-out: the job is stopped and its device
   * connection closed, since a step stuck in a network write would not notice the stop; the job
   * then ends FAILED and its files are removed.
   */
  public void timeOut(@Observes JobTimedOut timedOut) {
    long jobId = timedOut.jobId();
    JobRecord job = jobs.find(jobId).orElseThrow();
    if (job.getKind() != JobKind.BACKUP || job.getResult() != JobResult.RUNNING) {
      return;
    }
    String message =
        "The backup did not finish within "
            + inWords(settings.backupTimeout())
            + " and was ended: begin a fresh backup";
    jobs.requestEnd(jobId, EndRequest.TIMEOUT, message);
    JobLog.append(Path.of(job.getLogFile()), message);
    BatchRuntime.getJobOperator().stop(job.getExecutionId());
    masterAgent.localAgent(job.getServer()).abort(jobId);
  }

  private static String inWords(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + " hours";
    }
    return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
  }

  /**
   * Called however the batch job ended: a job that did not commit its set is marked CANCELLED when
   * an administrator cancelled it, FAILED otherwise (a time-out, a failure, or a stop of the server
   * or of DRS, which stops running jobs), and its files are removed; the platform lock is released.
   */
  public void jobEnded(long jobId, BatchStatus status) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    try {
      if (job.getResult() == JobResult.RUNNING) {
        if (job.getEndRequest() == EndRequest.CANCEL && status == BatchStatus.STOPPED) {
          abortSet(job);
          jobs.end(jobId, JobResult.CANCELLED, job.getMessage());
          JobLog.append(Path.of(job.getLogFile()), "CANCELLED: its files were removed");
        } else {
          failJob(job, failure(job, status));
        }
      }
    } finally {
      // Whatever went wrong above or in one of these, the next job must be able to start.
      Cleanup.runEach(
          () -> watchdog.disarm(jobId),
          () -> platformLock.release(jobId),
          () -> progress.forget(job.getComponents().stream().map(JobComponent::getId).toList()),
          () -> JobLog.append(Path.of(job.getLogFile()), "Backup job ended"));
    }
  }

  private static String failure(JobRecord job, BatchStatus status) {
    if (job.getEndRequest() == EndRequest.TIMEOUT) {
      return job.getMessage();
    }
    return status == BatchStatus.STOPPED
        ? INTERRUPTED
        : "The backup job ended " + status + ": see this log and the trace files";
  }

  /**
   * At start: a backup left running by a previous JVM can never finish. What the device holds
   * decides how it ended, since every crash point of the commit leaves one of two states there: a
   * manifest whose files are all present means the set was committed, and the job is recorded
   * SUCCESS or PARTIAL as the manifest says; anything else is removed and the job is FAILED. A
   * device that cannot be checked (unreachable, not mounted yet) decides nothing: the job is FAILED
   * and nothing is removed, since the set may be complete. Then the platform lock is freed, since
   * no job runs in a JVM that is only starting (a shutdown may have recorded a job's end but not
   * released its lock).
   */
  public void recoverInterruptedJobs() {
    for (JobRecord running : jobs.running(JobKind.BACKUP)) {
      JobRecord job = jobs.find(running.getId()).orElseThrow();
      OnDevice found = onDevice(job);
      Path log = Path.of(job.getLogFile());
      switch (found.state()) {
        case SUCCESS, PARTIAL -> {
          JobResult result =
              found.state() == OnDevice.State.SUCCESS ? JobResult.SUCCESS : JobResult.PARTIAL;
          String message =
              "The server stopped after this set was committed; DRS found it complete on the"
                  + " device at the next start"
                  + (result == JobResult.PARTIAL ? ". " + BackupSteps.PARTIAL_MESSAGE : "");
          jobs.end(job.getId(), result, message);
          JobLog.append(log, result + ": " + message);
        }
        case ABSENT -> failJob(job, INTERRUPTED);
        case UNKNOWN -> {
          String message =
              "The server stopped while this job ran, and its device could not be checked at the"
                  + " next start ("
                  + found.reason()
                  + "): nothing was removed. If Show Backup Files lists set "
                  + job.getSetName()
                  + ", restore from it only after checking it, or begin a fresh backup";
          jobs.end(job.getId(), JobResult.FAILED, message);
          JobLog.append(log, "FAILED: " + message);
          alarms.raise(
              AlarmName.CiscoDRFBackupFailure,
              new AlarmContext(job.getId(), job.getServer(), null),
              message);
        }
      }
      TRACE.warning(
          "Job "
              + job.getId()
              + " ("
              + job.getSetName()
              + ") was interrupted by a stop of the server: its set is "
              + found.state()
              + " on the device");
    }
    platformLock.releaseAtStart();
  }

  /** What an interrupted job's device holds of its set. */
  private record OnDevice(State state, String reason) {

    enum State {
      /** Its manifest lists every component of the job, and their files are there. */
      SUCCESS,
      /** Its manifest lists some components, and their files are there. */
      PARTIAL,
      /** No manifest, or one whose files are missing (now removed): the set was not committed. */
      ABSENT,
      /** The device could not be read. */
      UNKNOWN
    }
  }

  /**
   * Reads the device an interrupted job wrote to. A manifest without its files is removed here, so
   * it is never listed.
   */
  private OnDevice onDevice(JobRecord job) {
    BackupDevice device = deviceRepository.find(job.getDeviceId()).orElse(null);
    if (device == null) {
      return new OnDevice(OnDevice.State.ABSENT, null);
    }
    try (Storage storage = deviceStorage.open(device)) {
      Optional<StoredSet> set =
          storage.listSets().stream()
              .filter(s -> s.name().equals(job.getSetName()) && s.server().equals(job.getServer()))
              .findFirst();
      if (set.isEmpty()) {
        return new OnDevice(OnDevice.State.ABSENT, null);
      }
      ManifestSummary manifest;
      try (InputStream in = storage.openFile(set.get(), set.get().manifestFile())) {
        manifest = ManifestReader.summary(in);
      }
      List<ComponentSummary> written =
          manifest.features().stream().flatMap(f -> f.restorable().stream()).toList();
      boolean filesPresent =
          written.stream()
              .allMatch(
                  c ->
                      set.get().files().stream()
                          .anyMatch(f -> f.name().equals(c.file()) && f.size() == c.size()));
      if (!filesPresent || written.isEmpty()) {
        storage.deleteSet(set.get());
        return new OnDevice(OnDevice.State.ABSENT, null);
      }
      return new OnDevice(
          written.size() == job.getComponents().size()
              ? OnDevice.State.SUCCESS
              : OnDevice.State.PARTIAL,
          null);
    } catch (StorageException | IOException e) {
      return new OnDevice(OnDevice.State.UNKNOWN, e.getMessage());
    }
  }

  /** Ends a job FAILED: its files are removed and CiscoDRFBackupFailure is raised. */
  public void failJob(JobRecord job, String message) {
    abortSet(job);
    jobs.end(job.getId(), JobResult.FAILED, message);
    JobLog.append(Path.of(job.getLogFile()), "FAILED: " + message);
    alarms.raise(
        AlarmName.CiscoDRFBackupFailure,
        new AlarmContext(job.getId(), job.getServer(), null),
        message);
  }

  private void abortSet(JobRecord job) {
    BackupDevice device = deviceRepository.find(job.getDeviceId()).orElse(null);
    if (device == null) {
      return;
    }
    try (Storage storage = deviceStorage.open(device)) {
      // The manifest first, so the set is never listed without its files, and also when it was
      // only half-written under its unfinished name.
      List<String> files = new ArrayList<>();
      files.add(SetNames.manifest(job.getSetName(), job.getServer()));
      job.getComponents().forEach(component -> files.add(component.getFileName()));
      // A tape's old set is gone once the new set's label was written, whether or not it ends; the
      // abort comes first, as it ends the backup's hold on the drive.
      Optional<String> replaced = storage.replacedSet(job.getSetName());
      storage.abortSet(files);
      replaced.ifPresent(set -> jobs.replacedSet(job.getId(), set));
    } catch (StorageException e) {
      TRACE.warning(
          "Files of set "
              + job.getSetName()
              + " could not be removed: "
              + e.getMessage()
              + "; without a manifest they are never listed");
    }
  }
}
