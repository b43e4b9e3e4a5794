package org.drs.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Tar bytes no honest archiver writes, for the tests of what a restore refuses. */
public final class HostileTar {

  private HostileTar() {}

  /**
   * One tar header that declares a huge size for its data, which never follows, and the end marker:
   * a few hundred bytes that would make a reader without limits allocate gigabytes.
   *
   * @param type 'L' for a GNU long name, 'x' for a pax header
   */
  public static byte[] headerOnly(String name, char type, long size) {
    byte[] header = new byte[1024];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format("%011o", size));
    put(header, 136, "00000000000");
    header[156] = (byte) type;
    put(header, 257, "ustar");
    put(header, 263, "00");
    Arrays.fill(header, 148, 156, (byte) ' ');
    long checksum = 0;
    for (int i = 0; i < 512; i++) {
      checksum += header[i] & 0xff;
    }
    put(header, 148, String.format("%06o", checksum));
    header[154] = 0;
    return header;
  }

  private static void put(byte[] header, int offset, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
