package org.drs.web.restore;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.drs.backup.BackupProgressRegistry;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.restore.RestoreService;
import org.drs.web.job.ComponentRow;

/**
 * The Restore Status page: the running (or last) restore, each component's state and percentage and
 * the overall percentage, refreshed every second while the job runs, with its log file and, once it
 * succeeded, what to restart.
 */
@Named
@ViewScoped
public class RestoreStatusView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RestoreService restores;
  @Inject private BackupProgressRegistry progress;

  private JobRecord job;
  private List<ComponentRow> components = List.of();

  @PostConstruct
  public void refresh() {
    job = restores.current().orElse(null);
    components =
        job == null
            ? List.of()
            : job.getComponents().stream()
                .map(c -> new ComponentRow(c, progress.copied(c.getId())))
                .toList();
  }

  public JobRecord getJob() {
    return job;
  }

  public List<ComponentRow> getComponents() {
    return components;
  }

  public boolean isRunning() {
    return job != null && job.getResult() == JobResult.RUNNING;
  }

  public boolean isSucceeded() {
    return job != null && job.getResult() == JobResult.SUCCESS;
  }

  public String getLogFileName() {
    return job == null ? "" : Path.of(job.getLogFile()).getFileName().toString();
  }

  public int getOverallPercentage() {
    return components.isEmpty()
        ? 0
        : components.stream().mapToInt(ComponentRow::getPercentage).sum() / components.size();
  }
}
