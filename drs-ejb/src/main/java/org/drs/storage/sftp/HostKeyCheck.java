package org.drs.storage.sftp;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * JSch's host key store for one connection: it knows only the fingerprint the administrator
 * trusted, answers NOT_INCLUDED or CHANGED for anything else (so JSch refuses to connect), and
 * remembers the presented key's fingerprint so DRS can show it for trusting.
 */
final class HostKeyCheck implements HostKeyRepository {

  private final String trustedFingerprint;
  private String presentedFingerprint;
  private int verdict = -1;

  HostKeyCheck(String trustedFingerprint) {
    this.trustedFingerprint = trustedFingerprint;
  }

  /** The SHA256 fingerprint of a public key blob, as {@code ssh-keygen -l} prints it. */
  static String fingerprint(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  @Override
  public int check(String host, byte[] key) {
    presentedFingerprint = fingerprint(key);
    if (trustedFingerprint == null || trustedFingerprint.isBlank()) {
      verdict = NOT_INCLUDED;
    } else {
      verdict = trustedFingerprint.equals(presentedFingerprint) ? OK : CHANGED;
    }
    return verdict;
  }

  String presentedFingerprint() {
    return presentedFingerprint;
  }

  boolean refusedKey() {
    return verdict == NOT_INCLUDED || verdict == CHANGED;
  }

  boolean keyChanged() {
    return verdict == CHANGED;
  }

  @Override
  public void add(HostKey hostkey, UserInfo ui) {}

  @Override
  public void remove(String host, String type) {}

  @Override
  public void remove(String host, String type, byte[] key) {}

  @Override
  public String getKnownHostsRepositoryID() {
    return "DRS trusted host key";
  }

  @Override
  public HostKey[] getHostKey() {
    return new HostKey[0];
  }

  @Override
  public HostKey[] getHostKey(String host, String type) {
    return new HostKey[0];
  }
}
