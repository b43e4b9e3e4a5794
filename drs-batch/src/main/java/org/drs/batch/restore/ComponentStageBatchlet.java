package org.drs.batch.restore;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.agent.master.RestoreCoordinator;
import org.drs.batch.job.DrsJobId;

/** One component's stage step; a failure ends the job before the swap (its exit status FAILED). */
@Named
public class ComponentStageBatchlet extends AbstractBatchlet {

  /** The component's position in the job, from the job XML. */
  @Inject @BatchProperty private String position;

  @Inject private JobContext job;
  @EJB private RestoreCoordinator coordinator;

  @Override
  public String process() {
    boolean staged = coordinator.stageComponent(DrsJobId.of(job), Integer.parseInt(position));
    return staged ? "COMPLETED" : "FAILED";
  }
}
