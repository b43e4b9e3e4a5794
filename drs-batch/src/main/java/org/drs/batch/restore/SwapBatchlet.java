package org.drs.batch.restore;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.agent.master.RestoreCoordinator;
import org.drs.batch.job.DrsJobId;

/** The restore's last step: every component staged, so all are swapped in, or none. */
@Named
public class SwapBatchlet extends AbstractBatchlet {

  @Inject private JobContext job;
  @EJB private RestoreCoordinator coordinator;

  @Override
  public String process() {
    coordinator.swap(DrsJobId.of(job));
    return "COMPLETED";
  }
}
