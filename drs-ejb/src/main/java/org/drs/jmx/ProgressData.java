package org.drs.jmx;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import org.drs.job.JobRecord;
import org.drs.job.ProgressReport;

/**
 * The user data of a {@code drs.job.progress} notification: an open-type composite, so that a JMX
 * client reads it with no DRS class. Items: jobId, kind, percentage, bytesDone, currentComponent,
 * bytesPerSecond, estimatedEnd (ISO-8601 UTC, empty when unknown).
 */
final class ProgressData {

  private static final String[] ITEMS = {
    "jobId", "kind", "percentage", "bytesDone", "currentComponent", "bytesPerSecond", "estimatedEnd"
  };

  private static final CompositeType TYPE = type();

  private ProgressData() {}

  static CompositeData of(JobRecord job, ProgressReport report) {
    try {
      return new CompositeDataSupport(
          TYPE,
          ITEMS,
          new Object[] {
            job.getId(),
            job.getKind().name(),
            report.percentage(),
            report.bytesDone(),
            report.currentComponent(),
            report.bytesPerSecond(),
            report.estimatedEnd().map(Object::toString).orElse("")
          });
    } catch (OpenDataException e) {
      throw new IllegalStateException("The progress composite does not match its type", e);
    }
  }

  private static CompositeType type() {
    OpenType<?>[] types = {
      SimpleType.LONG,
      SimpleType.STRING,
      SimpleType.INTEGER,
      SimpleType.LONG,
      SimpleType.STRING,
      SimpleType.LONG,
      SimpleType.STRING
    };
    try {
      return new CompositeType(
          JmxNotifications.PROGRESS, "A running job's progress", ITEMS, ITEMS, types);
    } catch (OpenDataException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
