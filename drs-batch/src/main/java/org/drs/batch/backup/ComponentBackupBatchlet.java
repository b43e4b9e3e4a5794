package org.drs.batch.backup;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.backup.BackupSteps;
import org.drs.batch.job.DrsJobId;

/**
 * One component's step. A component that fails ends its step with exit status FAILED but lets the
 * job go on, so the other components are still backed up (the set then is PARTIAL).
 */
@Named
public class ComponentBackupBatchlet extends AbstractBatchlet {

  /** The component's position in the job, from the job XML. */
  @Inject @BatchProperty private String position;

  @Inject private JobContext job;
  @EJB private BackupSteps backupSteps;

  @Override
  public String process() {
    boolean succeeded = backupSteps.backUpComponent(DrsJobId.of(job), Integer.parseInt(position));
    return succeeded ? "COMPLETED" : "FAILED";
  }
}
