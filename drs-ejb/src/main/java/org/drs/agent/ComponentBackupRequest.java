package org.drs.agent;

import org.drs.archive.Compression;
import org.drs.device.DeviceAccess;
import org.drs.registration.ComponentRegistration;

/** Back up one component of a set to a device, as the named archive file. */
public record ComponentBackupRequest(
    long jobId,
    String setName,
    DeviceAccess device,
    String feature,
    ComponentRegistration component,
    String fileName,
    Compression compression) {}
