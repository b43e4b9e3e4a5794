package org.drs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmRaised;
import org.junit.jupiter.api.Test;

class AlarmMailTest {

  private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

  private final AlarmMail mail = new AlarmMail();

  @Test
  void aJobMailsEachAlarmNameOnce() {
    assertThat(mail.due(ofJob(AlarmName.CiscoDRFMABackupComponentFailure, 7), NOON)).isTrue();
    assertThat(mail.due(ofJob(AlarmName.CiscoDRFMABackupComponentFailure, 7), NOON.plusSeconds(1)))
        .isFalse();
    assertThat(mail.due(ofJob(AlarmName.CiscoDRFBackupFailure, 7), NOON)).isTrue();
    assertThat(mail.due(ofJob(AlarmName.CiscoDRFMABackupComponentFailure, 8), NOON)).isTrue();
    assertThat(
            mail.due(
                ofJob(AlarmName.CiscoDRFMABackupComponentFailure, 7),
                NOON.plus(Duration.ofDays(2))))
        .as("a job's alarm name never mails twice")
        .isFalse();
  }

  @Test
  void anAlarmOfNoJobMailsAtMostOnceAnHourPerName() {
    assertThat(mail.due(withoutJob(AlarmName.CiscoDRFBackupDeviceError), NOON)).isTrue();
    assertThat(mail.due(withoutJob(AlarmName.CiscoDRFBackupDeviceError), NOON.plusSeconds(3599)))
        .isFalse();
    assertThat(mail.due(withoutJob(AlarmName.CiscoDRFSftpFailure), NOON.plusSeconds(10))).isTrue();
    assertThat(mail.due(withoutJob(AlarmName.CiscoDRFBackupDeviceError), NOON.plusSeconds(3600)))
        .isTrue();
  }

  @Test
  void theMailCarriesTheAlarmLinesFields() {
    AlarmRaised alarm =
        new AlarmRaised(
            AlarmName.CiscoDRFBackupFailure,
            NOON,
            new AlarmContext(42L, "CUCM-1", "DEMO/FILES"),
            "the device \"x\" vanished");

    assertThat(AlarmMail.subject(alarm))
        .isEqualTo("DRS alarm CiscoDRFBackupFailure on CUCM-1: Cisco DRF Backup process failed.");
    assertThat(AlarmMail.body(alarm))
        .contains(
            "Alarm:     CiscoDRFBackupFailure\n",
            "Time:      2026-12-05T12:00:00Z\n",
            "Job:       42\n",
            "Server:    CUCM-1\n",
            "Component: DEMO/FILES\n",
            "Detail:    the device \"x\" vanished\n",
            "ALARM CiscoDRFBackupFailure time=2026-12-05T12:00:00Z job=42 server=CUCM-1"
                + " component=DEMO/FILES detail=\"the device \\\"x\\\" vanished\"");
  }

  private static AlarmRaised ofJob(AlarmName name, long job) {
    return new AlarmRaised(name, NOON, new AlarmContext(job, "S", null), "detail");
  }

  private static AlarmRaised withoutJob(AlarmName name) {
    return new AlarmRaised(name, NOON, AlarmContext.none(), "detail");
  }
}
