package org.drs.storage;

/**
 * An SFTP server presented a host key the administrator has not trusted yet, or one that differs
 * from the key trusted before. DRS never connects on such a key; the administrator compares the
 * fingerprint with the server's and trusts it explicitly.
 */
public class UntrustedHostKeyException extends StorageException {

  private static final long serialVersionUID = 1L;

  private final String presentedFingerprint;

  public UntrustedHostKeyException(Reason reason, String message, String presentedFingerprint) {
    super(reason, message);
    this.presentedFingerprint = presentedFingerprint;
  }

  /** The SHA256 fingerprint of the key the server presented, in OpenSSH's form. */
  public String presentedFingerprint() {
    return presentedFingerprint;
  }
}
