package org.drs.alarm;

/**
 * The alarms of the guide's Table 4. Constant names are the alarm names to the letter, because
 * administrators' monitoring rules match on them.
 */
public enum AlarmName {
  CiscoDRFBackupDeviceError("DRF backup process has problems accessing device."),
  CiscoDRFBackupFailure("Cisco DRF Backup process failed."),
  CiscoDRFBackupInProgress("New backup cannot start while another backup is still running"),
  CiscoDRFInternalProcessFailure("DRF internal process encountered an error."),
  CiscoDRFLA2MAFailure("DRF Local Agent cannot connect to Master Agent."),
  CiscoDRFLocalAgentStartFailure("DRF Local Agent does not start."),
  CiscoDRFMA2LAFailure("DRF Master Agent does not connect to Local Agent."),
  CiscoDRFMABackupComponentFailure("DRF cannot back up at least one component."),
  CiscoDRFMABackupNodeDisconnect(
      "The server that is being backed up disconnected from the Master Agent prior to being fully"
          + " backed up."),
  CiscoDRFMARestoreComponentFailure("DRF cannot restore at least one component."),
  CiscoDRFMARestoreNodeDisconnect(
      "The server that is being restored disconnected from the Master Agent prior to being fully"
          + " restored."),
  CiscoDRFMasterAgentStartFailure("DRF Master Agent did not start."),
  CiscoDRFNoRegisteredComponent("No registered components are available, so backup failed."),
  CiscoDRFNoRegisteredFeature("No feature got selected for backup."),
  CiscoDRFRestoreDeviceError("DRF restore process has problems accessing device."),
  CiscoDRFRestoreFailure("DRF restore process failed."),
  CiscoDRFSftpFailure("DRF SFTP operation has errors."),
  CiscoDRFSecurityViolation(
      "DRF system detected a malicious pattern that could result in a security violation."),
  CiscoDRFUnknownClient(
      "DRF Master Agent received a client connection request from an unknown server outside the"
          + " cluster. The request has been rejected.");

  private final String description;

  AlarmName(String description) {
    this.description = description;
  }

  /** The description column of Table 4. */
  public String description() {
    return description;
  }
}
