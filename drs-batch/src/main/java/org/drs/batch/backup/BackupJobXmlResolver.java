package org.drs.batch.backup;

import java.util.List;
import org.drs.backup.BackupService;
import org.drs.batch.job.DynamicJobXmlResolver;
import org.drs.job.JobSteps;

/**
 * Makes the job XML of {@code drs-backup} at every start: one step per component of the backup
 * being started, in order, then the step that commits the set.
 */
public class BackupJobXmlResolver extends DynamicJobXmlResolver {

  public BackupJobXmlResolver() {
    super(BackupService.BACKUP_JOB);
  }

  @Override
  protected String jobXml(List<JobSteps.Step> steps) {
    StringBuilder xml = new StringBuilder(jobStart("backupJobListener"));
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
