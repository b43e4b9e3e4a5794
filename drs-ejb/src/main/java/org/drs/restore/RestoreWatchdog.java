package org.drs.restore;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;

/**
 * Ends a restore that runs past its time-out ({@code drs.restore.timeout-seconds}) before its swap
 * began: one timer per running job, not persistent, since a restart settles running jobs anyway.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreWatchdog {

  @Resource private TimerService timers;
  @EJB private RestoreEndings endings;

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
  void timedOut(Timer timer) {
    endings.timeOut((Long) timer.getInfo());
  }
}
