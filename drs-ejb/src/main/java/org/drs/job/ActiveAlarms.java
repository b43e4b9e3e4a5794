package org.drs.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.drs.alarm.Alarm;
import org.drs.common.DrsRoles;

/**
 * The alarms that still call for attention, one definition for JMX and the operator's view: an
 * alarm of a job is active until a later job of the same kind (backup or restore) ends SUCCESS; an
 * alarm of no job (a device check, a schedule, a start of DRS) for {@link #WITHOUT_JOB} after it
 * was raised.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
public class ActiveAlarms {

  public static final Duration WITHOUT_JOB = Duration.ofHours(24);

  /**
   * An alarm whose job record is gone (a run that was never started) counts as an alarm of no job.
   */
  private static final String ACTIVE =
      "SELECT a FROM Alarm a WHERE"
          + " (a.raisedAt > :noJobSince"
          + "   AND NOT EXISTS (SELECT j FROM JobRecord j WHERE j.id = a.jobId))"
          + " OR EXISTS (SELECT j FROM JobRecord j WHERE j.id = a.jobId"
          + "   AND NOT EXISTS (SELECT later FROM JobRecord later WHERE later.kind = j.kind"
          + "     AND later.id > j.id AND later.result = :success))"
          + " ORDER BY a.raisedAt DESC, a.id DESC";

  @PersistenceContext private EntityManager entityManager;

  /** The active alarms, newest first. */
  public List<Alarm> list() {
    return entityManager
        .createQuery(ACTIVE, Alarm.class)
        .setParameter("noJobSince", Instant.now().minus(WITHOUT_JOB))
        .setParameter("success", JobResult.SUCCESS)
        .getResultList();
  }
}
