package org.drs.web.restore;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.drs.job.JobRecord;
import org.drs.restore.RestoreService;

/** The Restore History page: the last 20 restore jobs. */
@Named
@ViewScoped
public class RestoreHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RestoreService restores;

  private List<JobRecord> jobs;

  @PostConstruct
  void load() {
    jobs = restores.history();
  }

  public List<JobRecord> getJobs() {
    return jobs;
  }
}
