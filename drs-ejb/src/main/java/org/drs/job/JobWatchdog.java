package org.drs.job;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Notices a job that runs past its time-out (backups: the guide's 20 hours; restores: {@code
 * drs.restore.timeout-seconds}): one timer per running job, not persistent, since a restart settles
 * running jobs anyway. What a time-out does is the job's own endings' to decide, told by a {@link
 * JobTimedOut} event.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobWatchdog {

  @Resource private TimerService timers;
  @Inject private Event<JobTimedOut> timedOut;

  public void arm(long jobId, Duration timeout) {
    timers.createSingleActionTimer(timeout.toMillis(), new TimerConfig(jobId, false));
  }

  public void disarm(long jobId) {
    for (Timer timer : timers.getTimers()) {
      if (Long.valueOf(jobId).equals(timer.getInfo())) {
        timer.cancel();
      }
    }
  }

  @Timeout
  void expired(Timer timer) {
    timedOut.fire(new JobTimedOut((Long) timer.getInfo()));
  }
}
