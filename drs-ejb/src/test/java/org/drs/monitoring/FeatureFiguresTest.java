package org.drs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.drs.archive.ArchiveResult;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.junit.jupiter.api.Test;

class FeatureFiguresTest {

  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  @Test
  void figuresComeFromTheJobsThatConcernTheFeature() {
    JobRecord running = backup("DEMO", T0.plusSeconds(300), null, JobResult.RUNNING, 0);
    JobRecord failed =
        backup("DEMO", T0.plusSeconds(200), T0.plusSeconds(230), JobResult.FAILED, 0);
    JobRecord other =
        backup("OTHER", T0.plusSeconds(150), T0.plusSeconds(160), JobResult.SUCCESS, 9);
    JobRecord missed = notRun("DEMO", T0.plusSeconds(120), JobResult.MISSED);
    JobRecord success = backup("DEMO", T0, T0.plusSeconds(60), JobResult.SUCCESS, 4096);
    JobRecord restore =
        job(
            JobKind.RESTORE,
            "DEMO",
            T0.minusSeconds(100),
            T0.minusSeconds(40),
            JobResult.SUCCESS,
            10);

    FeatureFigures demo =
        FeatureFigures.of("DEMO", List.of(running, failed, other, missed, success, restore));

    assertThat(demo.lastSuccess()).isEqualTo(T0.plusSeconds(60));
    assertThat(demo.lastSuccessBytes()).isEqualTo(4096);
    assertThat(demo.lastSuccessDevice()).isEqualTo("local");
    assertThat(demo.lastDuration())
        .as("the failed backup, the last that ran")
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(demo.backupResults())
        .containsEntry(JobResult.SUCCESS, 1L)
        .containsEntry(JobResult.FAILED, 1L)
        .containsEntry(JobResult.MISSED, 1L)
        .doesNotContainKey(JobResult.RUNNING);
    assertThat(demo.restoreResults()).containsEntry(JobResult.SUCCESS, 1L);
    assertThat(demo.restoreTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(demo.running()).isSameAs(running);
  }

  @Test
  void aFeatureNeverBackedUpHasNoLastSuccess() {
    FeatureFigures none = FeatureFigures.of("DEMO", List.of());

    assertThat(none.lastSuccess()).isNull();
    assertThat(none.lastDuration()).isNull();
    assertThat(none.backupResults()).isEmpty();
    assertThat(none.running()).isNull();
  }

  private static JobRecord backup(
      String feature, Instant start, Instant end, JobResult result, long bytes) {
    return job(JobKind.BACKUP, feature, start, end, result, bytes);
  }

  private static JobRecord notRun(String feature, Instant at, JobResult result) {
    JobRecord job =
        new JobRecord(JobKind.BACKUP, "set", "S", 1L, "local", feature, "schedule", at, "log");
    job.end(result, "not run", at);
    return job;
  }

  private static JobRecord job(
      JobKind kind, String feature, Instant start, Instant end, JobResult result, long bytes) {
    JobRecord job = new JobRecord(kind, "set", "S", 1L, "local", feature, "user", start, "log");
    JobComponent component = new JobComponent(0, feature, "1", "FILES", "f.tar", null);
    job.addComponent(component);
    if (bytes > 0) {
      component.succeeded(new ArchiveResult(bytes, "00", bytes * 2));
    }
    if (end != null) {
      job.end(result, null, end);
    }
    return job;
  }
}
