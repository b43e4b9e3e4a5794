package org.drs.registration;

import java.io.Serializable;

/**
 * One registered component: its action and the optional scripts run before and after its backup,
 * and how long each may run. The target is, by kind, the directory path, the datasource JNDI name,
 * the libpq connection string or the script path.
 */
public record ComponentRegistration(
    String name,
    ActionKind kind,
    String target,
    String preBackup,
    String postBackup,
    ActionTimeouts timeouts)
    implements Serializable {

  /** A registration recorded before actions had time limits (a swap plan of an earlier DRS). */
  public ComponentRegistration {
    timeouts = timeouts == null ? ActionTimeouts.NONE : timeouts;
  }
}
