package org.drs.job;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drs.archive.ArchiveResult;

/**
 * Reads and changes job records. Each change commits on its own, because jobs run for hours outside
 * any transaction and their records must show every step as it happens, and survive a crash.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRecords {

  @PersistenceContext private EntityManager entityManager;
  @Inject private Event<JobStateChanged> stateChanged;

  public JobRecord create(JobRecord job) {
    entityManager.persist(job);
    return job;
  }

  public void delete(long jobId) {
    JobRecord job = entityManager.find(JobRecord.class, jobId);
    job.getComponents().forEach(entityManager::remove);
    entityManager.remove(job);
  }

  public void started(long jobId, long executionId) {
    JobRecord job = entityManager.find(JobRecord.class, jobId);
    job.started(executionId);
    stateChanged.fire(new JobStateChanged(jobId, job.getKind(), JobResult.RUNNING, null));
  }

  public void componentRunning(long componentId) {
    entityManager.find(JobComponent.class, componentId).running();
  }

  public void componentSucceeded(long componentId, ArchiveResult archive) {
    entityManager.find(JobComponent.class, componentId).succeeded(archive);
  }

  public void componentNoted(long componentId, String note) {
    entityManager.find(JobComponent.class, componentId).note(note);
  }

  public void componentFailed(long componentId, String message) {
    entityManager.find(JobComponent.class, componentId).failed(message);
  }

  /** Notes that a job was asked to end early, and why. */
  public void requestEnd(long jobId, EndRequest request, String message) {
    entityManager.find(JobRecord.class, jobId).requestEnd(request, message);
  }

  /**
   * Asks a running restore to end (Cancel Restore, the time-out) unless its swap has begun; the row
   * is locked, so a swap beginning at the same moment is either before or after this.
   *
   * @return whether the request was recorded
   */
  public boolean requestEndBeforeSwap(long jobId, EndRequest request, String message) {
    return entityManager
        .find(JobRecord.class, jobId, LockModeType.PESSIMISTIC_WRITE)
        .requestEndBeforeSwap(request, message);
  }

  /**
   * Records that a restore's swap begins, unless an early end was asked for first (row locked as
   * for {@link #requestEndBeforeSwap}).
   *
   * @return whether the swap may begin
   */
  public boolean beginSwap(long jobId) {
    return entityManager
        .find(JobRecord.class, jobId, LockModeType.PESSIMISTIC_WRITE)
        .beginSwap(Instant.now());
  }

  /** A backup to tape replaced the set its tape held. */
  public void replacedSet(long jobId, String set) {
    entityManager.find(JobRecord.class, jobId).replaced(set);
  }

  public void end(long jobId, JobResult result, String message) {
    JobRecord job = entityManager.find(JobRecord.class, jobId);
    job.end(result, message, Instant.now());
    stateChanged.fire(new JobStateChanged(jobId, job.getKind(), result, message));
  }

  /** A job with its components loaded. */
  public Optional<JobRecord> find(long jobId) {
    JobRecord job = entityManager.find(JobRecord.class, jobId);
    if (job != null) {
      job.getComponents().size();
    }
    return Optional.ofNullable(job);
  }

  /** The newest jobs of a kind, newest first, with their components loaded. */
  public List<JobRecord> newest(JobKind kind, int count) {
    List<JobRecord> jobs =
        entityManager
            .createNamedQuery(JobRecord.NEWEST_OF_KIND, JobRecord.class)
            .setParameter("kind", kind)
            .setMaxResults(count)
            .getResultList();
    jobs.forEach(j -> j.getComponents().size());
    return jobs;
  }

  /**
   * The newest job of a kind that ran: a skipped or missed scheduled run is history, but never the
   * current job.
   */
  public Optional<JobRecord> newestRun(JobKind kind) {
    List<JobRecord> jobs =
        entityManager
            .createNamedQuery(JobRecord.NEWEST_RUN_OF_KIND, JobRecord.class)
            .setParameter("kind", kind)
            .setParameter("notRun", List.of(JobResult.SKIPPED, JobResult.MISSED))
            .setMaxResults(1)
            .getResultList();
    jobs.forEach(j -> j.getComponents().size());
    return jobs.stream().findFirst();
  }

  /** The newest job a schedule started, skipped or missed. */
  public Optional<JobRecord> newestOfSchedule(long scheduleId) {
    return entityManager
        .createNamedQuery(JobRecord.NEWEST_OF_SCHEDULE, JobRecord.class)
        .setParameter("schedule", scheduleId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The job of the kind that most recently ended with the result, with its components. */
  public Optional<JobRecord> newestWithResult(JobKind kind, JobResult result) {
    return entityManager
        .createNamedQuery(JobRecord.NEWEST_WITH_RESULT, JobRecord.class)
        .setParameter("kind", kind)
        .setParameter("result", result)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .flatMap(job -> find(job.getId()));
  }

  /** Records a scheduled run that did not run, as ended at once. */
  public JobRecord recordNotRun(JobRecord job, JobResult result, String message) {
    job.end(result, message, Instant.now());
    entityManager.persist(job);
    return job;
  }

  public List<JobRecord> running() {
    return entityManager
        .createNamedQuery(JobRecord.WITH_RESULT, JobRecord.class)
        .setParameter("result", JobResult.RUNNING)
        .getResultList();
  }

  public List<JobRecord> running(JobKind kind) {
    return running().stream().filter(job -> job.getKind() == kind).toList();
  }

  /** Every job with its components, newest first: what the monitoring figures are counted from. */
  public List<JobRecord> history() {
    return entityManager.createNamedQuery(JobRecord.HISTORY, JobRecord.class).getResultList();
  }

  /**
   * How long the last successful run of each of the job's components took in an earlier job of the
   * same kind, by {@code FEATURE/COMPONENT}; components without such a run are absent.
   */
  public Map<String, Duration> lastSuccessfulRuns(JobRecord job) {
    Map<String, Duration> runs = new HashMap<>();
    for (JobComponent component : job.getComponents()) {
      entityManager
          .createNamedQuery(JobComponent.LAST_SUCCESSFUL_RUN, JobComponent.class)
          .setParameter("kind", job.getKind())
          .setParameter("feature", component.getFeature())
          .setParameter("component", component.getComponent())
          .setParameter("job", job.getId())
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(
              last ->
                  runs.put(
                      component.getFeature() + "/" + component.getComponent(),
                      Duration.between(last.getStartedAt(), last.getEndedAt())));
    }
    return runs;
  }
}
