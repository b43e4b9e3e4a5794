package org.drs.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The schedules in the DRS database. Every caller has checked the administrator's role and the
 * platform lock already, or is the container itself (a timer, a restore job), so it checks none.
 */
@Stateless
@PermitAll
public class ScheduleStore {

  @PersistenceContext private EntityManager entityManager;

  public List<Schedule> list() {
    return entityManager.createNamedQuery(Schedule.BY_NAME, Schedule.class).getResultList();
  }

  public Optional<Schedule> find(long id) {
    return Optional.ofNullable(entityManager.find(Schedule.class, id));
  }

  /** The schedules that back up to the device, which therefore cannot be deleted. */
  public List<Schedule> usingDevice(long deviceId) {
    return entityManager
        .createNamedQuery(Schedule.USING_DEVICE, Schedule.class)
        .setParameter("device", deviceId)
        .getResultList();
  }

  public Schedule add(Schedule schedule) {
    entityManager.persist(schedule);
    entityManager.flush();
    return schedule;
  }

  public void remove(Schedule schedule) {
    entityManager.remove(schedule);
    entityManager.flush();
  }
}
