package org.drs.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * The guide's schedule named {@code default}, which exists from installation: disabled and without
 * a device until the administrator chooses one, every registered feature, and what Set Default
 * fills in (Weekly, Tuesday to Saturday), at 02:00 in the server's zone.
 */
@Stateless
@PermitAll
public class DefaultSchedule {

  private static final Logger TRACE = Logger.getLogger(DefaultSchedule.class.getName());
  private static final LocalTime OFF_PEAK = LocalTime.of(2, 0);

  @EJB private ScheduleStore store;
  @EJB private RegistrationCatalog registrations;
  @Inject private ScheduleExport export;

  /** Creates the default schedule if there is none, and writes drfSchedule.xml either way. */
  public void ensureExists() {
    if (store.list().stream().noneMatch(Schedule::isDefault)) {
      Schedule schedule = new Schedule(Schedule.DEFAULT_NAME);
      schedule.plan(
          null,
          registrations.selectableFeatures().stream().map(FeatureRegistration::name).toList(),
          LocalDate.now().atTime(OFF_PEAK),
          ZoneId.systemDefault(),
          Frequency.WEEKLY,
          Schedule.SET_DEFAULT_DAYS);
      store.add(schedule);
      TRACE.info("The default schedule was created, disabled until a device is chosen");
    }
    export.write(store.list());
  }
}
