package org.drs.storage.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.UntrustedHostKeyException;

/**
 * Opens an SSH session and its SFTP channel, turning JSch's failures into messages that say what
 * the administrator should check.
 */
final class SftpConnection {

  static final int CONNECT_TIMEOUT_MILLIS = 15_000;
  static final int READ_TIMEOUT_MILLIS = 60_000;

  /**
   * AES-GCM first: JSch runs it on the JVM's AES instructions, several times faster than its pure
   * Java ChaCha20, which matters for multi-gigabyte backups. CTR modes remain for older servers.
   */
  static final String CIPHERS =
      "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr";

  private SftpConnection() {}

  static Session openSession(SftpTarget target) {
    HostKeyCheck hostKeys = new HostKeyCheck(target.trustedFingerprint());
    Session session;
    try {
      JSch jsch = new JSch();
      jsch.setHostKeyRepository(hostKeys);
      if (target.privateKey() != null) {
        jsch.addIdentity(
            "drs-device", target.privateKey().getBytes(StandardCharsets.UTF_8), null, null);
      }
      session = jsch.getSession(target.user(), target.host(), target.port());
      if (target.password() != null) {
        session.setPassword(target.password());
      }
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("cipher.c2s", CIPHERS);
      session.setConfig("cipher.s2c", CIPHERS);
      session.setConfig(
          "PreferredAuthentications",
          target.privateKey() != null ? "publickey" : "password,keyboard-interactive");
      session.setTimeout(READ_TIMEOUT_MILLIS);
    } catch (JSchException e) {
      throw new StorageException(
          Reason.CREDENTIALS_REFUSED,
          "The private key for "
              + target.user()
              + " cannot be read: paste it in OpenSSH or PEM"
              + " form, without a passphrase",
          e);
    }
    try {
      session.connect(CONNECT_TIMEOUT_MILLIS);
      return session;
    } catch (JSchException e) {
      throw connectFailure(target, hostKeys, e);
    }
  }

  static ChannelSftp openChannel(Session session, SftpTarget target) {
    try {
      ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
      channel.connect(CONNECT_TIMEOUT_MILLIS);
      return channel;
    } catch (JSchException e) {
      session.disconnect();
      throw new StorageException(
          Reason.TRANSFER_FAILED,
          "The SSH server "
              + address(target)
              + " accepted the login but offers no SFTP service: enable its sftp subsystem",
          e);
    }
  }

  private static StorageException connectFailure(
      SftpTarget target, HostKeyCheck hostKeys, JSchException e) {
    if (hostKeys.keyChanged()) {
      return new UntrustedHostKeyException(
          Reason.HOST_KEY_CHANGED,
          "The host key of "
              + address(target)
              + " has changed: it was "
              + target.trustedFingerprint()
              + " and is now "
              + hostKeys.presentedFingerprint()
              + ". If the server was rebuilt, compare the new fingerprint with the server's and"
              + " choose Trust; otherwise the connection may be intercepted.",
          hostKeys.presentedFingerprint());
    }
    if (hostKeys.refusedKey()) {
      return new UntrustedHostKeyException(
          Reason.HOST_KEY_UNTRUSTED,
          "The SFTP server "
              + address(target)
              + " presented a host key DRS has not trusted yet, with fingerprint "
              + hostKeys.presentedFingerprint()
              + ". Compare it with the server's (ssh-keygen -lf on its host key) and choose"
              + " Trust.",
          hostKeys.presentedFingerprint());
    }
    Throwable cause = e.getCause();
    if (cause instanceof UnknownHostException) {
      return new StorageException(
          Reason.UNREACHABLE,
          "The server name '" + target.host() + "' is unknown: check the server name or IP address",
          e);
    }
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
      return new StorageException(
          Reason.UNREACHABLE,
          "Nothing answers at "
              + address(target)
              + ": check the server name and port, and that its SSH server runs",
          e);
    }
    if (cause instanceof SocketTimeoutException
        || String.valueOf(e.getMessage()).contains("timeout")) {
      return new StorageException(
          Reason.UNREACHABLE,
          address(target)
              + " did not answer within "
              + CONNECT_TIMEOUT_MILLIS / 1000
              + " seconds: check the address and any firewall between",
          e);
    }
    if (String.valueOf(e.getMessage()).startsWith("Auth")) {
      return new StorageException(
          Reason.CREDENTIALS_REFUSED,
          "The SFTP server "
              + address(target)
              + " refused user '"
              + target.user()
              + "' with this "
              + (target.privateKey() != null ? "private key" : "password")
              + ": check the user name and "
              + (target.privateKey() != null ? "that its public key is authorized" : "password"),
          e);
    }
    return new StorageException(
        Reason.UNREACHABLE,
        "DRS could not connect to " + address(target) + ": " + e.getMessage(),
        e);
  }

  static String address(SftpTarget target) {
    return target.host() + ":" + target.port();
  }
}
