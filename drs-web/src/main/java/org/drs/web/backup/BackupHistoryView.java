package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.drs.backup.BackupService;
import org.drs.job.JobRecord;
import org.drs.web.job.HistoryCharts;

/**
 * The Backup History page: charts of the size and duration of the last 200 backups that ran, above
 * the last 20 backup jobs.
 */
@Named
@RequestScoped
public class BackupHistoryView {

  @EJB private BackupService backups;

  private List<JobRecord> jobs;
  private HistoryCharts charts;

  @PostConstruct
  void init() {
    jobs = backups.history();
    charts = HistoryCharts.of(backups.chartHistory());
  }

  /** Whether there is anything to chart yet. */
  public boolean isCharted() {
    return !jobs.isEmpty();
  }

  public HistoryCharts getCharts() {
    return charts;
  }

  public List<JobRecord> getJobs() {
    return jobs;
  }
}
