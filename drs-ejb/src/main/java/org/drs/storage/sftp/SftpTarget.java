package org.drs.storage.sftp;

/**
 * Where and as whom to connect: the device's settings with its secret already opened. Exactly one
 * of password and private key is set. The trusted fingerprint is absent before the administrator
 * trusted the server's key.
 */
public record SftpTarget(
    String host,
    int port,
    String user,
    String password,
    String privateKey,
    String path,
    String trustedFingerprint) {

  @Override
  public String toString() {
    return user + "@" + host + ":" + port + path;
  }
}
