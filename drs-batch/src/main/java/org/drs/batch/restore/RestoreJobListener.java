package org.drs.batch.restore;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.batch.job.DrsJobId;
import org.drs.restore.RestoreEndings;

/** Reports how the restore job ended, whatever happened, so DRS cleans up and unlocks. */
@Named
public class RestoreJobListener extends AbstractJobListener {

  @Inject private JobContext job;
  @EJB private RestoreEndings endings;

  @Override
  public void afterJob() {
    endings.jobEnded(DrsJobId.of(job), job.getBatchStatus());
  }
}
