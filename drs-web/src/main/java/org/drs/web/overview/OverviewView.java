package org.drs.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.common.DrsSettings;
import org.drs.schedule.Schedule;
import org.drs.schedule.ScheduleService;
import org.drs.selftest.SelfTest;
import org.drs.selftest.SelfTestRun;

/**
 * Shows where backups go by default, which scheduled backup runs next, and how the last self-test
 * of the Master Agent ended.
 */
@Named
@RequestScoped
public class OverviewView {

  @Inject private DrsSettings settings;
  @EJB private SelfTest selfTest;
  @EJB private ScheduleService schedules;

  private SelfTestRun lastSelfTest;
  private Schedule nextScheduled;

  @PostConstruct
  void init() {
    lastSelfTest = selfTest.lastRun().orElse(null);
    nextScheduled = schedules.nextDue().orElse(null);
  }

  public Schedule getNextScheduled() {
    return nextScheduled;
  }

  public String getLocalBackupDirectory() {
    return settings.localBackupDirectory().toString();
  }

  public SelfTestRun getLastSelfTest() {
    return lastSelfTest;
  }
}
