package org.drs.backup;

import org.drs.alarm.AlarmName;
import org.drs.common.RefusedException;

/** A backup could not start; the message says why and what to do. Nothing was started. */
public class BackupRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  private final AlarmName alarm;

  public BackupRefusedException(String message) {
    this(null, message);
  }

  /** A refusal the guide gives an alarm for, which the service raises. */
  public BackupRefusedException(AlarmName alarm, String message) {
    super(message);
    this.alarm = alarm;
  }

  /** The alarm of Table 4 this refusal raises, or null. */
  public AlarmName alarm() {
    return alarm;
  }
}
