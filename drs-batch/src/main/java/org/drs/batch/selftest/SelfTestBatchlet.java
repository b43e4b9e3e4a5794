package org.drs.batch.selftest;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.drs.selftest.SelfTest;

/** The self-test job's only step: it asks the service to run the checks for this execution. */
@Named
public class SelfTestBatchlet extends AbstractBatchlet {

  @Inject private JobContext job;
  @EJB private SelfTest selfTest;

  @Override
  public String process() {
    selfTest.check(job.getExecutionId());
    return BatchStatus.COMPLETED.name();
  }
}
