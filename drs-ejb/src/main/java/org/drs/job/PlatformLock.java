package org.drs.job;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The guide's platform lock: while a backup or restore runs, DRS configuration changes are refused.
 * The lock is a row in the DRS database naming the job that holds it, so a crash cannot leave it
 * held by a JVM that no longer exists. Every service consults it on the caller's behalf, so it
 * checks no role itself.
 */
@Stateless
@PermitAll
public class PlatformLock {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Takes the lock for a job.
   *
   * @return false when another job holds it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean acquire(long jobId, String description) {
    return entityManager
            .createNativeQuery(
                "UPDATE DRS_PLATFORM_LOCK SET JOB_ID = ?1, JOB_DESCRIPTION = ?2"
                    + " WHERE ID = 1 AND JOB_ID IS NULL")
            .setParameter(1, jobId)
            .setParameter(2, description)
            .executeUpdate()
        == 1;
  }

  /** Frees the lock if this job holds it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(long jobId) {
    entityManager
        .createNativeQuery(
            "UPDATE DRS_PLATFORM_LOCK SET JOB_ID = NULL, JOB_DESCRIPTION = NULL"
                + " WHERE ID = 1 AND JOB_ID = ?1")
        .setParameter(1, jobId)
        .executeUpdate();
  }

  /**
   * Frees the lock whoever holds it: only for the Master Agent's start, when no job of a previous
   * JVM can still be running, even one whose end was recorded but whose release was not.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void releaseAtStart() {
    entityManager
        .createNativeQuery(
            "UPDATE DRS_PLATFORM_LOCK SET JOB_ID = NULL, JOB_DESCRIPTION = NULL WHERE ID = 1")
        .executeUpdate();
  }

  /**
   * Refuses a configuration change while a job holds the lock.
   *
   * @param change what the administrator tried, e.g. "change backup devices"
   * @throws PlatformLockedException naming the job that holds the lock
   */
  public void ensureFree(String change) {
    @SuppressWarnings("unchecked")
    List<Object[]> holder =
        entityManager
            .createNativeQuery(
                "SELECT JOB_ID, JOB_DESCRIPTION FROM DRS_PLATFORM_LOCK"
                    + " WHERE ID = 1 AND JOB_ID IS NOT NULL")
            .getResultList();
    if (!holder.isEmpty()) {
      throw new PlatformLockedException(
          "DRS cannot "
              + change
              + " while "
              + holder.get(0)[1]
              + " (job "
              + holder.get(0)[0]
              + ") runs: wait until it ends, or cancel it on its status page");
    }
  }
}
