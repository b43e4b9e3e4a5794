package org.drs.monitoring;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.drs.alarm.AlarmRaised;
import org.drs.job.JobStateChanged;

/**
 * Has a sample taken soon after a job starts or ends and after an alarm is raised (an alarm about a
 * job often commits after the job's end), on a thread of monitoring's own: never on the job's, and
 * never on DrsStartup's, whose recovery of interrupted jobs ends jobs before {@link
 * MonitoringService} (which depends on it) has started.
 */
@ApplicationScoped
public class SampleAfterChanges {

  @Resource(lookup = MonitoringService.EXECUTOR)
  private ManagedExecutorService executor;

  @EJB private MonitoringService monitoring;

  void jobChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStateChanged change) {
    executor.execute(monitoring::sampleNow);
  }

  void alarmRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmRaised alarm) {
    executor.execute(monitoring::sampleNow);
  }
}
