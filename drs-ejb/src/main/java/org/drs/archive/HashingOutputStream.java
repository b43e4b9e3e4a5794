package org.drs.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and SHA-256-hashes the bytes written through it, as they go to the device. */
final class HashingOutputStream extends FilterOutputStream {

  private final MessageDigest sha256;
  private long bytes;

  HashingOutputStream(OutputStream out) {
    super(out);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha256.update((byte) b);
    bytes++;
  }

  @Override
  public void write(byte[] buffer, int offset, int length) throws IOException {
    out.write(buffer, offset, length);
    sha256.update(buffer, offset, length);
    bytes += length;
  }

  long bytes() {
    return bytes;
  }

  String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
