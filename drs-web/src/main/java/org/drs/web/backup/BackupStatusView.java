package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.drs.backup.BackupService;
import org.drs.common.RefusedException;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.Origin;
import org.drs.web.common.Messages;
import org.drs.web.job.ComponentRow;
import org.drs.web.job.JobStatus;

/**
 * The Current Status page: the running (or last) backup, each component's state and percentage and
 * the overall percentage, refreshed every second while the job runs, with its log file and Cancel
 * Backup.
 */
@Named
@ViewScoped
public class BackupStatusView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BackupService backups;
  @Inject private JobProgress progress;

  private JobStatus status;
  private Long lastRunsOfJob;
  private Map<String, Duration> lastRuns = Map.of();

  @PostConstruct
  public void refresh() {
    JobRecord job = backups.current().orElse(null);
    if (job != null && !job.getId().equals(lastRunsOfJob)) {
      // Earlier runs do not change while the page follows one job: asked once per job.
      lastRuns = backups.lastSuccessfulRuns(job);
      lastRunsOfJob = job.getId();
    }
    status = new JobStatus(job, progress, lastRuns);
  }

  public void cancel() {
    try {
      backups.cancel(Origin.PAGE);
      Messages.info("Cancel requested: the backup stops after the current component completes.");
    } catch (RefusedException e) {
      Messages.refused(e);
    }
    refresh();
  }

  public JobRecord getJob() {
    return status.getJob();
  }

  public List<ComponentRow> getComponents() {
    return status.getComponents();
  }

  /** The whole job's bytes done, throughput, elapsed time and time left. */
  public JobStatus getStatus() {
    return status;
  }

  public boolean isRunning() {
    return status.isRunning();
  }

  public int getOverallPercentage() {
    return status.getOverallPercentage();
  }
}
