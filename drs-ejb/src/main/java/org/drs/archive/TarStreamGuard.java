package org.drs.archive;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Watches the decompressed tar stream on its way to the tar reader and stops it before a hostile or
 * damaged archive costs more than a real one could: a header that declares a long name or a pax
 * header larger than the limits (which the reader would otherwise buffer whole, on the heap), more
 * entries than the limit, or more bytes than the archive held when it was written (a decompression
 * bomb filling the disk that also holds DRS's database).
 *
 * <p>It follows the tar layout itself, 512-byte headers each followed by its data rounded up to 512
 * bytes, so every header is seen before the reader acts on it.
 */
final class TarStreamGuard extends FilterInputStream {

  private static final int BLOCK = 512;
  private static final int SIZE_OFFSET = 124;
  private static final int SIZE_LENGTH = 12;
  private static final int TYPE_OFFSET = 156;

  private final ArchiveLimits limits;
  private final byte[] header = new byte[BLOCK];
  private int headerFill;
  private long dataLeft;
  private long paddingLeft;
  private ByteArrayOutputStream paxRecords;
  private boolean paxForNextEntry;
  private long sizeFromPax = -1;
  private long entries;
  private long total;
  private boolean ended;

  TarStreamGuard(InputStream in, ArchiveLimits limits) {
    super(in);
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = in.read(buffer, offset, length);
    if (read > 0) {
      total += read;
      if (total > limits.contentBytes()) {
        throw new DamagedArchiveException(
            "the archive unpacks to more than " + limits.contentBytesSource(), null);
      }
      for (int i = 0; i < read && !ended; ) {
        i += follow(buffer, offset + i, read - i);
      }
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

  /** Follows the layout through some of the bytes just read; returns how many it consumed. */
  private int follow(byte[] buffer, int offset, int length) throws IOException {
    if (dataLeft > 0) {
      int data = (int) Math.min(dataLeft, length);
      if (paxRecords != null) {
        paxRecords.write(buffer, offset, data);
      }
      dataLeft -= data;
      if (dataLeft == 0 && paxRecords != null) {
        readPaxRecords(paxRecords.toString(StandardCharsets.UTF_8));
        paxRecords = null;
      }
      return data;
    }
    if (paddingLeft > 0) {
      int padding = (int) Math.min(paddingLeft, length);
      paddingLeft -= padding;
      return padding;
    }
    int part = Math.min(BLOCK - headerFill, length);
    System.arraycopy(buffer, offset, header, headerFill, part);
    headerFill += part;
    if (headerFill == BLOCK) {
      headerFill = 0;
      onHeader();
    }
    return part;
  }

  private void onHeader() throws IOException {
    if (isZeroBlock()) {
      // The end-of-archive marker: what follows is padding the reader skips.
      ended = true;
      return;
    }
    char type = (char) header[TYPE_OFFSET];
    long size = size();
    switch (type) {
      case 'L', 'K' -> {
        if (size > limits.nameBytes() + 1) {
          throw exceeded("a long name of " + size + " bytes", limits.nameBytes() + " bytes");
        }
      }
      case 'x', 'g' -> {
        if (size > limits.paxHeaderBytes()) {
          throw exceeded("a pax header of " + size + " bytes", limits.paxHeaderBytes() + " bytes");
        }
        paxRecords = new ByteArrayOutputStream((int) size);
        paxForNextEntry = type == 'x';
      }
      case 'S' -> throw new DamagedArchiveException("the archive holds a GNU sparse entry", null);
      default -> {
        if (++entries > limits.entries()) {
          throw exceeded("more entries", limits.entries() + " entries");
        }
        if (sizeFromPax >= 0) {
          size = sizeFromPax;
          sizeFromPax = -1;
        }
        // Links and directories carry no data, whatever their size field says.
        if (type == '1' || type == '2' || type == '5') {
          size = 0;
        }
      }
    }
    dataLeft = size;
    paddingLeft = (BLOCK - size % BLOCK) % BLOCK;
    if (size == 0 && paxRecords != null) {
      paxRecords = null;
    }
  }

  /** Pax records are "length key=value\n"; only the ones that change the layout matter here. */
  private void readPaxRecords(String records) throws IOException {
    for (String record : records.split("\n")) {
      int space = record.indexOf(' ');
      int equals = record.indexOf('=');
      if (space < 0 || equals < space) {
        continue;
      }
      String key = record.substring(space + 1, equals);
      String value = record.substring(equals + 1);
      if (key.equals("size") && paxForNextEntry) {
        sizeFromPax = parseSize(value);
      } else if (key.startsWith("GNU.sparse.")) {
        throw new DamagedArchiveException("the archive holds a GNU sparse entry", null);
      } else if ((key.equals("path") || key.equals("linkpath"))
          && value.getBytes(StandardCharsets.UTF_8).length > limits.nameBytes()) {
        throw exceeded(
            "a name of " + value.length() + " characters", limits.nameBytes() + " bytes");
      }
    }
  }

  private static long parseSize(String value) throws DamagedArchiveException {
    try {
      long size = Long.parseLong(value.strip());
      if (size < 0) {
        throw new NumberFormatException(value);
      }
      return size;
    } catch (NumberFormatException e) {
      throw new DamagedArchiveException("a pax header has an unreadable size: " + value, e);
    }
  }

  /**
   * The size field: octal digits between optional leading spaces and a NUL or space, or big-endian
   * base-256 when its first byte has the top bit set (numbers too large for octal).
   */
  private long size() throws DamagedArchiveException {
    if ((header[SIZE_OFFSET] & 0x80) != 0) {
      long size = header[SIZE_OFFSET] & 0x7f;
      for (int i = 1; i < SIZE_LENGTH; i++) {
        if (size > (Long.MAX_VALUE >> 8)) {
          throw new DamagedArchiveException("a tar header declares an impossible size", null);
        }
        size = (size << 8) | (header[SIZE_OFFSET + i] & 0xff);
      }
      return size;
    }
    int i = 0;
    while (i < SIZE_LENGTH && header[SIZE_OFFSET + i] == ' ') {
      i++;
    }
    long size = 0;
    for (; i < SIZE_LENGTH; i++) {
      byte b = header[SIZE_OFFSET + i];
      if (b == 0 || b == ' ') {
        break;
      }
      if (b < '0' || b > '7') {
        throw new DamagedArchiveException("a tar header has an unreadable size field", null);
      }
      size = size * 8 + (b - '0');
    }
    return size;
  }

  private boolean isZeroBlock() {
    for (byte b : header) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static DamagedArchiveException exceeded(String what, String limit) {
    return new DamagedArchiveException(
        "the archive holds " + what + ", more than the limit of " + limit, null);
  }
}
