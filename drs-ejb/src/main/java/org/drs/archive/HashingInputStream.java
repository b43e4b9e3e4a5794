package org.drs.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and SHA-256-hashes the bytes read through it, as they come from the device. */
final class HashingInputStream extends FilterInputStream {

  private final MessageDigest sha256;
  private long bytes;

  HashingInputStream(InputStream in) {
    super(in);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      sha256.update((byte) b);
      bytes++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = in.read(buffer, offset, length);
    if (read > 0) {
      sha256.update(buffer, offset, read);
      bytes += read;
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] discard = new byte[(int) Math.min(n, 8192)];
    int read = read(discard, 0, discard.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  long bytes() {
    return bytes;
  }

  String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
