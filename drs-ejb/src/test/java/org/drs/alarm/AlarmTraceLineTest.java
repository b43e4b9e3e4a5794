package org.drs.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlarmTraceLineTest {

  private static final Instant TIME = Instant.parse("2026-11-25T10:15:30Z");

  @Test
  void lineHasTheDocumentedFields() {
    String line =
        AlarmTraceLine.of(
            AlarmName.CiscoDRFMABackupComponentFailure,
            TIME,
            new AlarmContext(42L, "drs-1", "DEMO DB"),
            "dump failed");

    assertThat(line)
        .isEqualTo(
            "ALARM CiscoDRFMABackupComponentFailure time=2026-11-25T10:15:30Z job=42"
                + " server=drs-1 component=DEMO_DB detail=\"dump failed\"");
  }

  @Test
  void absentFieldsAreDashes() {
    String line =
        AlarmTraceLine.of(
            AlarmName.CiscoDRFMasterAgentStartFailure, TIME, AlarmContext.none(), "x");

    assertThat(line).contains(" job=- server=- component=- ");
  }

  @Test
  void detailCannotBreakTheLineOrItsQuotes() {
    String line =
        AlarmTraceLine.of(
            AlarmName.CiscoDRFSecurityViolation,
            TIME,
            AlarmContext.none(),
            "entry \"../x\"\nline two \\ end");

    assertThat(line)
        .endsWith("detail=\"entry \\\"../x\\\" line two \\\\ end\"")
        .doesNotContain("\n");
  }
}
