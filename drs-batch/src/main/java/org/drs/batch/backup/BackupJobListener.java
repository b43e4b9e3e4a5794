package org.drs.batch.backup;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.backup.BackupEndings;
import org.drs.batch.job.DrsJobId;

/** Reports how the job ended, whatever happened, so DRS cleans up and unlocks. */
@Named
public class BackupJobListener extends AbstractJobListener {

  @Inject private JobContext job;
  @EJB private BackupEndings endings;

  @Override
  public void afterJob() {
    endings.jobEnded(DrsJobId.of(job), job.getBatchStatus());
  }
}
