package org.drs.batch.restore;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.batch.job.DrsJobId;
import org.drs.restore.RestoreSteps;

/** One component's stage step; a failure ends the job before the swap (its exit status FAILED). */
@Named
public class ComponentStageBatchlet extends AbstractBatchlet {

  /** The component's position in the job, from the job XML. */
  @Inject @BatchProperty private String position;

  @Inject private JobContext job;
  @EJB private RestoreSteps restoreSteps;

  @Override
  public String process() {
    boolean staged = restoreSteps.stageComponent(DrsJobId.of(job), Integer.parseInt(position));
    return staged ? "COMPLETED" : "FAILED";
  }
}
