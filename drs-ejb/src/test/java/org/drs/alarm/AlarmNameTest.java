package org.drs.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlarmNameTest {

  @Test
  void namesAreThoseOfTheGuidesTable4WithoutSpaces() {
    assertThat(Arrays.stream(AlarmName.values()).map(Enum::name))
        .containsExactlyInAnyOrder(
            "CiscoDRFBackupDeviceError",
            "CiscoDRFBackupFailure",
            "CiscoDRFBackupInProgress",
            "CiscoDRFInternalProcessFailure",
            "CiscoDRFLA2MAFailure",
            "CiscoDRFLocalAgentStartFailure",
            "CiscoDRFMA2LAFailure",
            "CiscoDRFMABackupComponentFailure",
            "CiscoDRFMABackupNodeDisconnect",
            "CiscoDRFMARestoreComponentFailure",
            "CiscoDRFMARestoreNodeDisconnect",
            "CiscoDRFMasterAgentStartFailure",
            "CiscoDRFNoRegisteredComponent",
            "CiscoDRFNoRegisteredFeature",
            "CiscoDRFRestoreDeviceError",
            "CiscoDRFRestoreFailure",
            "CiscoDRFSftpFailure",
            "CiscoDRFSecurityViolation",
            "CiscoDRFUnknownClient");
  }

  @Test
  void everyAlarmHasItsDescription() {
    assertThat(AlarmName.values()).allSatisfy(name -> assertThat(name.description()).isNotBlank());
  }
}
