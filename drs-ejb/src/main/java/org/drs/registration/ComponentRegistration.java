package org.drs.registration;

import java.io.Serializable;

/**
 * One registered component: its action and the optional scripts run before and after its backup.
 * The target is the directory path, the datasource JNDI name or the script path, by kind.
 */
public record ComponentRegistration(
    String name, ActionKind kind, String target, String preBackup, String postBackup)
    implements Serializable {}
