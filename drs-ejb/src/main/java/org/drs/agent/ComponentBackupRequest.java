package org.drs.agent;

import java.time.Instant;
import org.drs.archive.Compression;
import org.drs.device.DeviceAccess;
import org.drs.registration.ComponentRegistration;

/**
 * Back up one component of a set to a device, as the named archive file, before the job's deadline
 * (its time-out), which also bounds the component's main action.
 */
public record ComponentBackupRequest(
    long jobId,
    String setName,
    DeviceAccess device,
    String feature,
    ComponentRegistration component,
    String fileName,
    Compression compression,
    Instant deadline) {}
