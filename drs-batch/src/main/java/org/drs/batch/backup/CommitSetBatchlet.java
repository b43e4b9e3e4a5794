package org.drs.batch.backup;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.backup.BackupSteps;
import org.drs.batch.job.DrsJobId;

/** The last step: the Master Agent writes the manifest, which makes the set exist. */
@Named
public class CommitSetBatchlet extends AbstractBatchlet {

  @Inject private JobContext job;
  @EJB private BackupSteps backupSteps;

  @Override
  public String process() {
    backupSteps.commitSet(DrsJobId.of(job));
    return "COMPLETED";
  }
}
