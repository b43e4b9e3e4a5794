package org.drs.registration;

import java.io.Serializable;

/**
 * One registered component: its action and the optional scripts run before and after its backup.
 * The target is, by kind, the directory path, the datasource JNDI name, the libpq connection string
 * or the script path.
 */
public record ComponentRegistration(
    String name, ActionKind kind, String target, String preBackup, String postBackup)
    implements Serializable {}
