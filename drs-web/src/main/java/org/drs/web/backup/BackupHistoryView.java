package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.drs.backup.BackupService;
import org.drs.job.JobRecord;

/** The Backup History page: the last 20 backup jobs. */
@Named
@RequestScoped
public class BackupHistoryView {

  @EJB private BackupService backups;

  private List<JobRecord> jobs;

  @PostConstruct
  void init() {
    jobs = backups.history();
  }

  public List<JobRecord> getJobs() {
    return jobs;
  }
}
