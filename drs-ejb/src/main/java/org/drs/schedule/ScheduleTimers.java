package org.drs.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One persistent single-action EJB timer per enabled schedule, armed for the instant that {@link
 * ScheduleTiming} computed and re-armed after each firing, so the container fires exactly when DRS
 * says (calendar timers could not keep a wall-clock time across daylight-saving changes). The
 * timers live in the DRS database, so they survive restarts and redeploys without duplicates; each
 * change to a schedule replaces its timer in the same transaction.
 */
@Stateless
@PermitAll
public class ScheduleTimers {

  private static final Logger TRACE = Logger.getLogger(ScheduleTimers.class.getName());

  /**
   * When this deployment of DRS began: a run due before it fell due while DRS was not running, and
   * the container fires such an expired timer once at start. The class is loaded as the deployment
   * starts, before any of its timers can fire.
   */
  private static final Instant DEPLOYED_AT = Instant.now();

  @Resource private TimerService timerService;
  @EJB private ScheduleStore store;
  @EJB private ScheduledRuns runs;
  @Inject private ScheduleExport export;

  /** Arms the schedule's timer for its next run from now when it is enabled, or removes it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void rearm(Schedule schedule) {
    disarm(schedule.getId());
    schedule.armedFor(null);
    if (schedule.isEnabled()) {
      arm(schedule, schedule.timing().nextRunAfter(Instant.now()));
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void disarm(long scheduleId) {
    for (Timer timer : timerService.getTimers()) {
      if (timer.getInfo() instanceof ScheduleTimerInfo info && info.scheduleId() == scheduleId) {
        timer.cancel();
      }
    }
  }

  /**
   * A schedule fell due: its backup starts, or is recorded as skipped or missed, and its timer is
   * armed for the run after, all in one transaction with the schedule's record.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void fire(Timer timer) {
    ScheduleTimerInfo due = (ScheduleTimerInfo) timer.getInfo();
    Schedule schedule = store.find(due.scheduleId()).orElse(null);
    if (schedule == null || !schedule.isEnabled() || !due.run().equals(schedule.getNextRunAt())) {
      TRACE.info("Ignored an outdated timer: " + due);
      return;
    }
    Instant now = Instant.now();
    if (due.run().isBefore(DEPLOYED_AT)) {
      runs.recordMissed(schedule, due.run(), now);
    } else {
      runs.start(schedule, due.run());
    }
    arm(schedule, schedule.timing().nextRunAfter(now.isAfter(due.run()) ? now : due.run()));
    if (!schedule.isEnabled()) {
      // A schedule that will not run again disabled itself: the only change drfSchedule.xml shows.
      export.write(store.list());
    }
  }

  private void arm(Schedule schedule, Optional<Instant> next) {
    if (next.isEmpty()) {
      schedule.enable(false);
      schedule.armedFor(null);
      TRACE.info("Schedule " + schedule.getName() + " will not run again and is now disabled");
      return;
    }
    ScheduleTimerInfo info = new ScheduleTimerInfo(schedule.getId(), next.get());
    timerService.createSingleActionTimer(Date.from(next.get()), new TimerConfig(info, true));
    schedule.armedFor(next.get());
    TRACE.info("Schedule " + schedule.getName() + " armed for " + next.get());
  }
}
