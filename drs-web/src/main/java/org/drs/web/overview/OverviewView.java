package org.drs.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.common.DrsSettings;
import org.drs.selftest.SelfTest;
import org.drs.selftest.SelfTestRun;

/** Shows where backups go by default and how the last self-test of the Master Agent ended. */
@Named
@RequestScoped
public class OverviewView {

  @Inject private DrsSettings settings;
  @EJB private SelfTest selfTest;

  private SelfTestRun lastSelfTest;

  @PostConstruct
  void init() {
    lastSelfTest = selfTest.lastRun().orElse(null);
  }

  public String getLocalBackupDirectory() {
    return settings.localBackupDirectory().toString();
  }

  public SelfTestRun getLastSelfTest() {
    return lastSelfTest;
  }
}
