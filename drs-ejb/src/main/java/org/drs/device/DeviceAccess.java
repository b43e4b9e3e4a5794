package org.drs.device;

import org.drs.archive.Compression;

/**
 * What a Local Agent needs to reach a backup device, as a value: where it is and how to log in,
 * with the password or key still sealed under the security password (only the side that opens the
 * connection opens them). No database id: the agent's server need not share DRS's database.
 */
public record DeviceAccess(
    String name,
    DeviceType type,
    String host,
    Integer port,
    String user,
    String path,
    String hostKeyFingerprint,
    String sealedPassword,
    String sealedPrivateKey,
    Compression compression,
    TapeSettings tape) {

  @Override
  public String toString() {
    // Never the sealed secrets, even in a trace.
    return "DeviceAccess[" + name + " " + type + " " + user + "@" + host + ":" + port + path + "]";
  }
}
