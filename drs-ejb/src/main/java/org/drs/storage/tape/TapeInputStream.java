package org.drs.storage.tape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.drs.tape.TapeDrive;

/**
 * One tape file, read record by record into a direct buffer until its filemark. Closing closes the
 * drive, which it owns.
 */
final class TapeInputStream extends InputStream {

  private final TapeDrive drive;
  private final ByteBuffer record;
  private boolean endOfFile;

  /**
   * @param recordSize at least the largest record of the file
   */
  TapeInputStream(TapeDrive drive, int recordSize) {
    this.drive = drive;
    this.record = ByteBuffer.allocateDirect(recordSize).flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!record.hasRemaining()) {
      if (endOfFile) {
        return -1;
      }
      record.clear();
      endOfFile = drive.read(record) == 0;
      record.flip();
    }
    int chunk = Math.min(length, record.remaining());
    record.get(bytes, offset, chunk);
    return chunk;
  }

  @Override
  public void close() throws IOException {
    drive.close();
  }
}
