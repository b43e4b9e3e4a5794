package org.drs.agent;

import java.io.Serializable;
import org.drs.archive.Compression;
import org.drs.registration.ComponentRegistration;

/** Back up one component of a set to a device, as the named archive file. */
public record ComponentBackupRequest(
    long jobId,
    String setName,
    long deviceId,
    String feature,
    ComponentRegistration component,
    String fileName,
    Compression compression)
    implements Serializable {}
