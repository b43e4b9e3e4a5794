package org.drs.agent;

import java.io.Serializable;
import org.drs.archive.ArchiveResult;
import org.drs.registration.ComponentRegistration;

/**
 * Restore one component of a set from a device: the file to read, what the manifest recorded of it,
 * and the component as it is registered on the server being restored.
 */
public record ComponentRestoreRequest(
    long jobId,
    long deviceId,
    String setName,
    String setServer,
    String feature,
    ComponentRegistration component,
    String fileName,
    ArchiveResult recorded)
    implements Serializable {

  public String label() {
    return feature + "/" + component.name();
  }
}
