package org.drs.job;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
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
    entityManager.find(JobRecord.class, jobId).started(executionId);
  }

  public void componentRunning(long componentId) {
    entityManager.find(JobComponent.class, componentId).running();
  }

  public void componentSucceeded(long componentId, ArchiveResult archive) {
    entityManager.find(JobComponent.class, componentId).succeeded(archive);
  }

  public void componentFailed(long componentId, String message) {
    entityManager.find(JobComponent.class, componentId).failed(message);
  }

  /** Notes that a job was asked to end early, and why. */
  public void requestEnd(long jobId, EndRequest request, String message) {
    entityManager.find(JobRecord.class, jobId).requestEnd(request, message);
  }

  public void end(long jobId, JobResult result, String message) {
    entityManager.find(JobRecord.class, jobId).end(result, message, Instant.now());
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

  public List<JobRecord> running() {
    return entityManager
        .createNamedQuery(JobRecord.WITH_RESULT, JobRecord.class)
        .setParameter("result", JobResult.RUNNING)
        .getResultList();
  }

  public List<JobRecord> running(JobKind kind) {
    return running().stream().filter(job -> job.getKind() == kind).toList();
  }
}
