package org.drs.batch.job;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.drs.job.JobSteps;
import org.jberet.spi.JobXmlResolver;

/**
 * A job whose XML is made at every start from the steps the Master Agent hands over, one per
 * component, so WildFly's console lists each component as a step. JBeret reads the job names once
 * at deployment and resolves the XML afresh at every start.
 */
public abstract class DynamicJobXmlResolver implements JobXmlResolver {

  private final String jobName;

  protected DynamicJobXmlResolver(String jobName) {
    this.jobName = jobName;
  }

  /** The job XML for the steps of the job being started. */
  protected abstract String jobXml(List<JobSteps.Step> steps);

  @Override
  public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) {
    if (!(jobName + ".xml").equals(jobXml)) {
      return null;
    }
    List<JobSteps.Step> steps = CDI.current().select(JobSteps.class).get().pending();
    return new ByteArrayInputStream(jobXml(steps).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Collection<String> getJobXmlNames(ClassLoader classLoader) {
    return List.of(jobName + ".xml");
  }

  @Override
  public String resolveJobName(String jobXml, ClassLoader classLoader) {
    return (jobName + ".xml").equals(jobXml) ? jobName : null;
  }

  /** The start of the job element, with the listener that reports how the job ended. */
  protected String jobStart(String listener) {
    return "<job id=\""
        + jobName
        + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
        + " version=\"2.0\" restartable=\"false\">\n"
        + "  <listeners><listener ref=\""
        + listener
        + "\"/></listeners>\n";
  }
}
