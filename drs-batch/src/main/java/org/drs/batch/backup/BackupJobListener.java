package org.drs.batch.backup;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.agent.master.MasterAgent;

/** Tells the Master Agent how the job ended, whatever happened, so it cleans up and unlocks. */
@Named
public class BackupJobListener extends AbstractJobListener {

  @Inject private JobContext job;
  @EJB private MasterAgent masterAgent;

  @Override
  public void afterJob() {
    masterAgent.jobEnded(DrsJobId.of(job), job.getBatchStatus());
  }
}
