package org.drs.backup;

import java.io.Serializable;

/**
 * A complete backup set on a device as Show Backup Files lists it: name, size, and what its
 * manifest says (result and features), or why the manifest could not be read.
 */
public record BackupFile(String setName, long bytes, String result, String features, String server)
    implements Serializable {}
