package org.drs.jmx;

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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;
import org.drs.job.JobStateChanged;
import org.drs.job.ProgressReport;

/**
 * Sends a running job's progress as a JMX notification once a second: one timer per running job,
 * armed when it starts and cancelled when it ends, so that an idle DRS does nothing. Not
 * persistent: a restart ends running jobs anyway. A timer that fell behind (a long pause of the
 * JVM) may fire in a burst; the ticker still sends at most one notification a second.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProgressTicker {

  private static final long SECOND = 1000;

  private final Map<Long, Long> lastSentNanos = new HashMap<>();

  @Resource private TimerService timers;
  @EJB private JobRecords jobs;
  @Inject private JobProgress progress;
  @Inject private JmxNotifications notifications;

  public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStateChanged change) {
    if (change.state() == JobResult.RUNNING) {
      timers.createIntervalTimer(SECOND, SECOND, new TimerConfig(change.jobId(), false));
    } else {
      stop(change.jobId());
      lastSentNanos.remove(change.jobId());
    }
  }

  @Timeout
  void tick(Timer timer) {
    long jobId = (Long) timer.getInfo();
    Optional<JobRecord> job = jobs.find(jobId).filter(j -> j.getResult() == JobResult.RUNNING);
    if (job.isEmpty()) {
      timer.cancel();
      lastSentNanos.remove(jobId);
      return;
    }
    long now = System.nanoTime();
    Long last = lastSentNanos.get(jobId);
    if (last != null && now - last < TimeUnit.MILLISECONDS.toNanos(SECOND)) {
      return;
    }
    lastSentNanos.put(jobId, now);
    notifications.progress(job.get(), ProgressReport.of(job.get(), progress, Instant.now()));
  }

  private void stop(long jobId) {
    for (Timer timer : timers.getTimers()) {
      if (Long.valueOf(jobId).equals(timer.getInfo())) {
        timer.cancel();
      }
    }
  }
}
