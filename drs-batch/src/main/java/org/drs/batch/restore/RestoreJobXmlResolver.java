package org.drs.batch.restore;

import java.util.List;
import org.drs.batch.job.DynamicJobXmlResolver;
import org.drs.job.JobSteps;
import org.drs.restore.RestoreService;

/**
 * Makes the job XML of {@code drs-restore} at every start: one stage step per component, in order,
 * each of which ends the job at once when it fails, then the swap step. So nothing is swapped in
 * unless every component staged cleanly.
 */
public class RestoreJobXmlResolver extends DynamicJobXmlResolver {

  public RestoreJobXmlResolver() {
    super(RestoreService.RESTORE_JOB);
  }

  @Override
  protected String jobXml(List<JobSteps.Step> steps) {
    StringBuilder xml = new StringBuilder(jobStart("restoreJobListener"));
    for (JobSteps.Step step : steps) {
      String next =
          step.position() + 1 < steps.size() ? steps.get(step.position() + 1).id() : "swap";
      xml.append("  <step id=\"")
          .append(step.id())
          .append("\">\n    <batchlet ref=\"componentStageBatchlet\"><properties>")
          .append("<property name=\"position\" value=\"")
          .append(step.position())
          .append("\"/></properties></batchlet>\n")
          .append("    <fail on=\"FAILED\" exit-status=\"FAILED\"/>\n")
          .append("    <next on=\"*\" to=\"")
          .append(next)
          .append("\"/>\n  </step>\n");
    }
    xml.append("  <step id=\"swap\"><batchlet ref=\"swapBatchlet\"/></step>\n</job>\n");
    return xml.toString();
  }
}
