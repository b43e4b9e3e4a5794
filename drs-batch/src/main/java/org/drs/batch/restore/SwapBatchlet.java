package org.drs.batch.restore;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.batch.job.DrsJobId;
import org.drs.restore.RestoreSteps;

/** The restore's last step: every component staged, so all are swapped in, or none. */
@Named
public class SwapBatchlet extends AbstractBatchlet {

  @Inject private JobContext job;
  @EJB private RestoreSteps restoreSteps;

  @Override
  public String process() {
    restoreSteps.swap(DrsJobId.of(job));
    return "COMPLETED";
  }
}
