package org.drs.agent.master;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.LocalAgent;
import org.drs.agent.RestoreOutcome;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.backup.BackupProgressRegistry;
import org.drs.backup.JobLog;
import org.drs.common.DrsSettings;
import org.drs.common.PrivateFiles;
import org.drs.common.SymbolicLinks;
import org.drs.device.BackupDevice;
import org.drs.job.JobComponent;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobSteps;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;
import org.drs.restore.RestorableSet;
import org.drs.restore.RestoreChoice;
import org.drs.restore.RestorePlan;
import org.drs.restore.RestorePreview;
import org.drs.restore.RestoreRefusedException;
import org.drs.restore.RestoreSets;
import org.drs.storage.SetFileNames;
import org.drs.storage.StorageException;

/**
 * The Master Agent's restores: checks a restore before anything changes, starts its batch job under
 * the platform lock, and carries out its steps — staging each component through the Local Agent,
 * then swapping them all in at once. Like the backup side it takes no container lock.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreCoordinator {

  public static final String RESTORE_JOB = "drs-restore";

  private static final Logger TRACE = Logger.getLogger(RestoreCoordinator.class.getName());

  @PersistenceContext private EntityManager entityManager;
  @Inject private DrsSettings settings;
  @Inject private JobSteps steps;
  @Inject private BackupProgressRegistry progress;
  @Inject private LocalAgent localAgent;
  @Inject private RestoreSets sets;
  @EJB private RegistrationCatalog registrations;
  @EJB private JobRecords jobs;
  @EJB private PlatformLock platformLock;
  @EJB private AlarmService alarms;
  @EJB private RestoreEndings endings;

  /** What the Restore Wizard is about to do, once checked. */
  private record Prepared(BackupDevice device, RestorePlan plan, RestorePreview preview) {}

  public List<RestorableSet> restorableSets(long deviceId) {
    BackupDevice device = device(deviceId);
    try {
      return sets.on(device);
    } catch (StorageException e) {
      throw unreadable(device, e);
    }
  }

  public RestorePreview preview(RestoreChoice choice) {
    return prepare(choice).preview();
  }

  /**
   * Starts a restore after the same checks as the preview.
   *
   * @return the DRS job id
   * @throws RestoreRefusedException naming every problem, or the job that runs already
   */
  public long startRestore(RestoreChoice choice, String startedBy) {
    Prepared prepared = prepare(choice);
    if (!prepared.preview().restorable()) {
      throw new RestoreRefusedException(String.join(" ", prepared.preview().problems()));
    }
    Instant start = Instant.now();
    Path log =
        settings
            .jobLogDirectory()
            .resolve("restore-" + choice.setName() + "-" + start.toEpochMilli() + ".log");
    JobRecord job =
        jobs.create(
            prepared.plan().toJob(choice.targetServer(), prepared.device(), startedBy, log, start));
    String description = "restore of " + job.getSetName() + " started by " + startedBy;
    if (!platformLock.acquire(job.getId(), description)) {
      jobs.delete(job.getId());
      throw new RestoreRefusedException(
          "A restore cannot start while a backup or another restore runs: wait for it to end.");
    }
    try {
      steps.offer(RestorePlan.steps(job));
      Properties parameters = new Properties();
      parameters.setProperty(MasterAgent.JOB_ID_PARAMETER, job.getId().toString());
      jobs.started(job.getId(), BatchRuntime.getJobOperator().start(RESTORE_JOB, parameters));
    } catch (RuntimeException e) {
      platformLock.release(job.getId());
      jobs.end(job.getId(), JobResult.FAILED, "The batch job could not start: " + e.getMessage());
      throw new RestoreRefusedException("The restore job could not start: " + e.getMessage());
    } finally {
      steps.clear();
    }
    JobLog.append(
        log,
        "Restore of set "
            + job.getSetName()
            + " (server "
            + job.getSetServer()
            + ") from device "
            + prepared.device().getName()
            + " for features "
            + job.getFeatures()
            + " onto server "
            + job.getServer()
            + " started by "
            + startedBy);
    TRACE.info(
        "AUDIT restore of set "
            + job.getSetName()
            + " started by "
            + startedBy
            + " from device "
            + prepared.device().getName()
            + " for features "
            + job.getFeatures());
    return job.getId();
  }

  /**
   * A stage step: the Local Agent reads the component from the device into staging, checking it. A
   * failure raises its alarm and ends the job before anything is swapped.
   */
  public boolean stageComponent(long jobId, int position) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    JobComponent component = job.getComponents().get(position);
    Path log = Path.of(job.getLogFile());
    String label = component.getFeature() + "/" + component.getComponent();
    jobs.componentRunning(component.getId());
    JobLog.append(log, label + " staging from " + component.getFileName());
    RestoreOutcome outcome =
        localAgent.stage(
            request(job, component), bytes -> progress.copied(component.getId(), bytes));
    if (outcome.succeeded()) {
      JobLog.append(log, label + " staged: size and SHA-256 match the manifest");
      if (outcome.message() != null) {
        jobs.componentNoted(component.getId(), outcome.message());
        JobLog.append(log, label + ": " + outcome.message());
      }
      return true;
    }
    jobs.componentFailed(component.getId(), outcome.message());
    JobLog.append(log, label + " FAILED: " + outcome.message());
    AlarmContext context = new AlarmContext(jobId, job.getServer(), label);
    switch (outcome.failure()) {
      case SECURITY_VIOLATION ->
          alarms.raise(AlarmName.CiscoDRFSecurityViolation, context, outcome.message());
      case DEVICE -> alarms.raise(AlarmName.CiscoDRFRestoreDeviceError, context, outcome.message());
      default -> alarms.raise(AlarmName.CiscoDRFRestoreFailure, context, outcome.message());
    }
    endings.failJob(
        job, "Nothing was changed: " + label + " could not be staged (" + outcome.message() + ")");
    return false;
  }

  /** The last step: every component staged cleanly, so all of them are swapped in, or none. */
  public void swap(long jobId) {
    JobRecord job = jobs.find(jobId).orElseThrow();
    Path log = Path.of(job.getLogFile());
    List<ComponentRestoreRequest> requests = new ArrayList<>();
    for (JobComponent component : job.getComponents()) {
      requests.add(request(job, component));
    }
    JobLog.append(log, "Every component staged; replacing the live data");
    RestoreOutcome outcome = localAgent.swap(jobId, requests);
    if (!outcome.succeeded()) {
      alarms.raise(
          AlarmName.CiscoDRFMARestoreComponentFailure,
          new AlarmContext(jobId, job.getServer(), outcome.component()),
          outcome.message());
      endings.failJob(job, outcome.message());
      return;
    }
    StringBuilder notes = new StringBuilder();
    for (JobComponent component : job.getComponents()) {
      if (component.getMessage() != null) {
        notes.append(' ').append(component.getFeature()).append('/');
        notes.append(component.getComponent()).append(": ").append(component.getMessage());
        notes.append('.');
      }
      jobs.componentSucceeded(component.getId(), component.recorded());
    }
    String message =
        "Restored. Restart the applications of "
            + job.getFeatures()
            + " (or the server) so that they read the restored data."
            + (outcome.message() == null ? "" : " " + outcome.message())
            + notes;
    jobs.end(jobId, JobResult.SUCCESS, message);
    JobLog.append(log, "SUCCESS: " + message);
  }

  public String serverName() {
    return settings.serverName();
  }

  private Prepared prepare(RestoreChoice choice) {
    if (!SetFileNames.isSetName(choice.setName())
        || !SetFileNames.isServerName(choice.setServer())) {
      // The wizard offers only checked names: anything else was crafted.
      alarms.raise(
          AlarmName.CiscoDRFSecurityViolation,
          AlarmContext.none(),
          "a restore was asked for a set name that DRS never writes");
      throw new RestoreRefusedException(
          "That is not the name of a DRS backup set: choose a set from the device's list.");
    }
    BackupDevice device = device(choice.deviceId());
    RestorableSet set;
    try {
      set = sets.find(device, choice.setName(), choice.setServer());
    } catch (StorageException e) {
      throw unreadable(device, e);
    }
    RestorePlan plan = RestorePlan.of(set.manifest(), choice.features(), registrations);
    List<String> problems = new ArrayList<>(plan.problems());
    if (!settings.serverName().equals(choice.targetServer())) {
      problems.add(
          "Server "
              + choice.targetServer()
              + " cannot be restored from here: choose this server, "
              + settings.serverName()
              + ".");
    }
    long free = freeStagingBytes();
    if (problems.isEmpty() && plan.stagingBytes() > free) {
      problems.add(
          "Staging this restore needs about "
              + megabytes(plan.stagingBytes())
              + " in "
              + settings.stagingDirectory()
              + " but only "
              + megabytes(free)
              + " are free: free space there or set drs.restore.staging-directory to a larger"
              + " file system.");
    }
    List<RestorePreview.Item> items =
        plan.steps().stream()
            .map(s -> new RestorePreview.Item(s.label(), s.stored().size(), overwrites(s)))
            .toList();
    return new Prepared(
        device, plan, new RestorePreview(problems, items, plan.stagingBytes(), free));
  }

  private static String overwrites(RestorePlan.Step step) {
    ComponentRegistration component = step.target();
    if (RegistrationCatalog.DRS_FEATURE.equals(step.feature().name())) {
      return "the backup device list (the device this restore reads from is kept)";
    }
    return switch (component.kind()) {
      case DIRECTORY ->
          "the directory " + linkedDirectory(component.target()) + ", replaced as a whole";
      case DATABASE -> "every object of the database " + component.target();
      case POSTGRESQL -> "the PostgreSQL database " + component.target();
      case SCRIPT -> "what " + component.target() + " restore writes";
    };
  }

  /** A registered directory that is a symbolic link is restored into what it points to now. */
  private static String linkedDirectory(String registered) {
    try {
      Path resolved = SymbolicLinks.resolve(Path.of(registered));
      return resolved.toString().equals(registered)
          ? registered
          : resolved + " (where the link " + registered + " points)";
    } catch (IOException e) {
      return registered + " (" + e.getMessage() + ")";
    }
  }

  private long freeStagingBytes() {
    Path staging = settings.stagingDirectory();
    try {
      PrivateFiles.createDirectories(staging);
      return Files.getFileStore(staging).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }

  private static String megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) / (1 << 20) + " MB";
  }

  private Optional<ComponentRegistration> registered(JobComponent component) {
    return registrations.feature(component.getFeature()).stream()
        .flatMap(feature -> feature.components().stream())
        .filter(c -> c.name().equals(component.getComponent()))
        .findFirst();
  }

  private ComponentRestoreRequest request(JobRecord job, JobComponent component) {
    ComponentRegistration registration = registered(component).orElseThrow();
    return new ComponentRestoreRequest(
        job.getId(),
        job.getDeviceId(),
        job.getSetName(),
        job.getSetServer(),
        component.getFeature(),
        registration,
        component.getFileName(),
        component.recorded());
  }

  private BackupDevice device(long deviceId) {
    BackupDevice device = entityManager.find(BackupDevice.class, deviceId);
    if (device == null) {
      throw new RestoreRefusedException("Choose a backup device: the chosen one does not exist.");
    }
    return device;
  }

  private RestoreRefusedException unreadable(BackupDevice device, StorageException e) {
    alarms.raise(AlarmName.CiscoDRFRestoreDeviceError, AlarmContext.none(), e.getMessage());
    return new RestoreRefusedException(
        "Device " + device.getName() + " cannot be read: " + e.getMessage());
  }
}
