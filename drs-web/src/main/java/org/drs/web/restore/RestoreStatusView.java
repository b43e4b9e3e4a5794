package org.drs.web.restore;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.drs.common.RefusedException;
import org.drs.job.JobProgress;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.Origin;
import org.drs.restore.RestoreService;
import org.drs.web.common.Messages;
import org.drs.web.job.ComponentRow;
import org.drs.web.job.JobStatus;

/**
 * The Restore Status page: the running (or last) restore, each component's state and percentage and
 * the overall percentage, refreshed every second while the job runs, with its log file, Cancel
 * Restore until the swap begins (then whether the swap completed or was put back), and, once it
 * succeeded, what to restart.
 */
@Named
@ViewScoped
public class RestoreStatusView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RestoreService restores;
  @Inject private JobProgress progress;

  private JobStatus status;
  private Long lastRunsOfJob;
  private Map<String, Duration> lastRuns = Map.of();

  @PostConstruct
  public void refresh() {
    JobRecord job = restores.current().orElse(null);
    if (job != null && !job.getId().equals(lastRunsOfJob)) {
      // Earlier runs do not change while the page follows one job: asked once per job.
      lastRuns = restores.lastSuccessfulRuns(job);
      lastRunsOfJob = job.getId();
    }
    status = new JobStatus(job, progress, lastRuns);
  }

  public void cancel() {
    try {
      restores.cancel(Origin.PAGE);
      Messages.info(
          "Cancel requested: the restore stops after the component being staged; nothing is"
              + " changed.");
    } catch (RefusedException e) {
      Messages.refused(e);
    }
    refresh();
  }

  /** Whether Cancel Restore is offered: the restore runs and its swap has not begun. */
  public boolean isCancellable() {
    return isRunning() && getJob().getSwapStartedAt() == null;
  }

  /** Whether the running restore is swapping in the data: it can only complete or be put back. */
  public boolean isSwapping() {
    return isRunning() && getJob().getSwapStartedAt() != null;
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

  public boolean isSucceeded() {
    return getJob() != null && getJob().getResult() == JobResult.SUCCESS;
  }

  public String getLogFileName() {
    return getJob() == null ? "" : Path.of(getJob().getLogFile()).getFileName().toString();
  }

  public int getOverallPercentage() {
    return status.getOverallPercentage();
  }
}
