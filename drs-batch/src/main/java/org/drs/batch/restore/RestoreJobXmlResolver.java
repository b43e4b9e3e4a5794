package org.drs.batch.restore;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.drs.agent.master.RestoreCoordinator;
import org.drs.job.JobSteps;
import org.jberet.spi.JobXmlResolver;

/**
 * Makes the job XML of {@code drs-restore} at every start: one stage step per component, in order,
 * each of which ends the job at once when it fails, then the swap step. So nothing is swapped in
 * unless every component staged cleanly.
 */
public class RestoreJobXmlResolver implements JobXmlResolver {

  private static final String JOB_XML = RestoreCoordinator.RESTORE_JOB + ".xml";

  @Override
  public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) {
    if (!JOB_XML.equals(jobXml)) {
      return null;
    }
    List<JobSteps.Step> steps = CDI.current().select(JobSteps.class).get().pending();
    return new ByteArrayInputStream(jobXml(steps).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Collection<String> getJobXmlNames(ClassLoader classLoader) {
    return List.of(JOB_XML);
  }

  @Override
  public String resolveJobName(String jobXml, ClassLoader classLoader) {
    return JOB_XML.equals(jobXml) ? RestoreCoordinator.RESTORE_JOB : null;
  }

  static String jobXml(List<JobSteps.Step> steps) {
    StringBuilder xml =
        new StringBuilder(
            "<job id=\""
                + RestoreCoordinator.RESTORE_JOB
                + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                + " version=\"2.0\" restartable=\"false\">\n"
                + "  <listeners><listener ref=\"restoreJobListener\"/></listeners>\n");
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
