package org.drs.alarm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.drs.common.DrsRoles;

/**
 * Raises alarms and reads the alarm log. Raising and expiring are DRS's own work and need no
 * caller; reading is the administrator's.
 */
@Stateless
public class AlarmService {

  /**
   * The alarm lines' own category, so that configure-alarm-syslog.cli can send them, and nothing
   * else, to syslog; its parent org.drs still writes them to the Master Agent trace file.
   */
  public static final String ALARM_LINES = "org.drs.alarm.lines";

  private static final Logger TRACE = Logger.getLogger(ALARM_LINES);

  @PersistenceContext private EntityManager entityManager;
  @Inject private Event<AlarmRaised> raised;

  /**
   * Records an alarm and writes its trace line. It commits on its own, so an alarm about a failure
   * survives the rollback of the work that failed.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void raise(AlarmName name, AlarmContext context, String detail) {
    Instant now = Instant.now();
    TRACE.warning(AlarmTraceLine.of(name, now, context, detail));
    entityManager.persist(new Alarm(name, now, context, detail));
    raised.fire(new AlarmRaised(name, now, context, detail));
  }

  /** The newest alarms first. */
  @RolesAllowed(DrsRoles.ADMIN)
  public List<Alarm> newest(int count) {
    return entityManager
        .createNamedQuery(Alarm.NEWEST_FIRST, Alarm.class)
        .setMaxResults(count)
        .getResultList();
  }

  /**
   * Removes alarms raised before the given instant.
   *
   * @return how many were removed
   */
  @PermitAll
  public int removeRaisedBefore(Instant before) {
    return entityManager
        .createNamedQuery(Alarm.DELETE_BEFORE)
        .setParameter("before", before)
        .executeUpdate();
  }
}
