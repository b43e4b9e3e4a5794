package org.drs.web.restore;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.drs.job.JobRecord;
import org.drs.restore.RestoreService;
import org.drs.web.job.HistoryCharts;

/**
 * The Restore History page: charts of the size and duration of the last 200 restores that ran,
 * above the last 20 restore jobs.
 */
@Named
@ViewScoped
public class RestoreHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RestoreService restores;

  private List<JobRecord> jobs;
  private HistoryCharts charts;

  @PostConstruct
  void load() {
    jobs = restores.history();
    charts = HistoryCharts.of(restores.chartHistory());
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
