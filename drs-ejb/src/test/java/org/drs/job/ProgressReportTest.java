package org.drs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.drs.archive.ArchiveResult;
import org.junit.jupiter.api.Test;

/** What the status pages, JMX and the command line say of a job's progress. */
class ProgressReportTest {

  private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void runningJobHasItsPercentageThroughputAndEstimatedEnd() throws Exception {
    JobRecord job = job();
    JobComponent done = component(job, 1, "DB", 1000L);
    done.succeeded(new ArchiveResult(1000, "sha", 0));
    JobComponent running = component(job, 2, "FILES", 3000L);
    running.running();
    JobProgress progress = new JobProgress();
    progress.copied(2, 1000);

    ProgressReport report = ProgressReport.of(job, progress, START.plusSeconds(10));

    assertThat(report.percentage()).isEqualTo((100 + 33) / 2);
    assertThat(report.bytesDone()).isEqualTo(2000);
    assertThat(report.currentComponent()).isEqualTo("DEMO/FILES");
    assertThat(report.bytesPerSecond()).isEqualTo(200);
    assertThat(report.estimatedEnd()).contains(START.plusSeconds(20));
  }

  @Test
  void componentWithoutAnExpectedSizeLeavesTheEndUnknown() throws Exception {
    JobRecord job = job();
    component(job, 1, "FILES", null).running();
    JobProgress progress = new JobProgress();
    progress.copied(1, 500);

    ProgressReport report = ProgressReport.of(job, progress, START.plusSeconds(5));

    assertThat(report.percentage()).isZero();
    assertThat(report.bytesPerSecond()).isEqualTo(100);
    assertThat(report.estimatedEnd()).isEmpty();
  }

  @Test
  void endedJobsThroughputIsFromItsStartToItsEnd() throws Exception {
    JobRecord job = job();
    component(job, 1, "FILES", 100L).succeeded(new ArchiveResult(4000, "sha", 0));
    job.end(JobResult.SUCCESS, null, START.plusSeconds(2));

    ProgressReport report = ProgressReport.of(job, new JobProgress(), START.plusSeconds(3600));

    assertThat(report.percentage()).isEqualTo(100);
    assertThat(report.bytesPerSecond()).isEqualTo(2000);
    assertThat(report.estimatedEnd()).contains(START.plusSeconds(2));
  }

  private static JobRecord job() {
    return new JobRecord(
        JobKind.BACKUP, "set", "SERVER", 1L, "local", "DEMO", "user admin", START, "job.log");
  }

  /** A component with the id the database would give it, since progress is kept by id. */
  private static JobComponent component(JobRecord job, long id, String name, Long expected)
      throws ReflectiveOperationException {
    JobComponent component = new JobComponent((int) id, "DEMO", "1", name, name + ".tar", expected);
    Field field = JobComponent.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(component, id);
    job.addComponent(component);
    return component;
  }
}
