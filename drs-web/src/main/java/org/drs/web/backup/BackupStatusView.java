package org.drs.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.drs.backup.BackupProgressRegistry;
import org.drs.backup.BackupRefusedException;
import org.drs.backup.BackupService;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.web.common.Messages;
import org.drs.web.job.ComponentRow;

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
  @Inject private BackupProgressRegistry progress;

  private JobRecord job;
  private List<ComponentRow> components = List.of();

  @PostConstruct
  public void refresh() {
    job = backups.current().orElse(null);
    components =
        job == null
            ? List.of()
            : job.getComponents().stream()
                .map(c -> new ComponentRow(c, progress.copied(c.getId())))
                .toList();
  }

  public void cancel() {
    try {
      backups.cancel();
      Messages.info("Cancel requested: the backup stops after the current component completes.");
    } catch (BackupRefusedException e) {
      Messages.warn(e.getMessage());
    }
    refresh();
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

  public int getOverallPercentage() {
    return components.isEmpty()
        ? 0
        : components.stream().mapToInt(ComponentRow::getPercentage).sum() / components.size();
  }
}
