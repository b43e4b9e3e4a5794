package org.drs.restore;

import java.io.Serializable;
import java.util.List;

/**
 * What the Restore Wizard collected: the device, the set (its name and the server that wrote it),
 * the features to bring back and the server to restore them onto.
 */
public record RestoreChoice(
    long deviceId, String setName, String setServer, List<String> features, String targetServer)
    implements Serializable {}
