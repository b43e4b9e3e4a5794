package org.drs.batch.backup;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.drs.agent.master.MasterAgent;
import org.drs.job.JobSteps;
import org.jberet.spi.JobXmlResolver;

/**
 * Makes the job XML of {@code drs-backup} at every start: one step per component of the backup
 * being started, in order, then the step that commits the set. So WildFly's console lists each
 * component of each backup as a step. JBeret reads the job names once at deployment and resolves
 * the XML afresh at every start.
 */
public class BackupJobXmlResolver implements JobXmlResolver {

  private static final String JOB_XML = MasterAgent.BACKUP_JOB + ".xml";

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
    return JOB_XML.equals(jobXml) ? MasterAgent.BACKUP_JOB : null;
  }

  static String jobXml(List<JobSteps.Step> steps) {
    StringBuilder xml =
        new StringBuilder(
            "<job id=\""
                + MasterAgent.BACKUP_JOB
                + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                + " version=\"2.0\" restartable=\"false\">\n"
                + "  <listeners><listener ref=\"backupJobListener\"/></listeners>\n");
    for (JobSteps.Step step : steps) {
      xml.append("  <step id=\"")
          .append(step.id())
          .append("\" next=\"")
          .append(
              step.position() + 1 < steps.size()
                  ? steps.get(step.position() + 1).id()
                  : "commit-set")
          .append("\">\n    <batchlet ref=\"componentBackupBatchlet\"><properties>")
          .append("<property name=\"position\" value=\"")
          .append(step.position())
          .append("\"/></properties></batchlet>\n  </step>\n");
    }
    xml.append("  <step id=\"commit-set\"><batchlet ref=\"commitSetBatchlet\"/></step>\n</job>\n");
    return xml.toString();
  }
}
