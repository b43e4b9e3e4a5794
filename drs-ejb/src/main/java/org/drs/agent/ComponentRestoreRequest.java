package org.drs.agent;

import java.time.Instant;
import org.drs.archive.ArchiveResult;
import org.drs.device.DeviceAccess;
import org.drs.registration.ComponentRegistration;

/**
 * Restore one component of a set from a device: the file to read, what the manifest recorded of it,
 * and the component as it is registered on the server being restored; the job's deadline (its
 * time-out, null when unknown) bounds the component's restore action.
 */
public record ComponentRestoreRequest(
    long jobId,
    DeviceAccess device,
    String setName,
    String setServer,
    String feature,
    ComponentRegistration component,
    String fileName,
    ArchiveResult recorded,
    Instant deadline) {

  public String label() {
    return feature + "/" + component.name();
  }
}
