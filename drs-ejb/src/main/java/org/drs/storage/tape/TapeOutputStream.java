package org.drs.storage.tape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;
import org.drs.tape.TapeDrive;

/**
 * One tape file: the bytes written go to the drive as records of the block size, the last one
 * short, so that the file's size is exactly its stream's and {@code dd bs=<block size>} reads it
 * back; closing writes the filemark that ends the file and reports the size. The drive stays open.
 */
final class TapeOutputStream extends OutputStream {

  private final TapeDrive drive;
  private final ByteBuffer block;
  private final LongConsumer finished;
  private long size;
  private boolean failed;
  private boolean closed;

  TapeOutputStream(TapeDrive drive, int blockSize, LongConsumer finished) {
    this.drive = drive;
    this.block = ByteBuffer.allocateDirect(blockSize);
    this.finished = finished;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      int chunk = Math.min(length, block.remaining());
      block.put(bytes, offset, chunk);
      offset += chunk;
      length -= chunk;
      size += chunk;
      if (!block.hasRemaining()) {
        writeRecord();
      }
    }
  }

  private void writeRecord() throws IOException {
    block.flip();
    int length = block.remaining();
    try {
      if (drive.write(block) != length) {
        // In variable-block mode a record is written whole or not at all.
        throw new IOException(
            "the drive took part of a "
                + length
                + "-byte record: it is not in variable-block mode");
      }
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
    block.clear();
  }

  /** Ends the file: its short last record and the filemark; nothing more after a failed write. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (failed) {
      return;
    }
    if (block.position() > 0) {
      writeRecord();
    }
    drive.writeFilemarks(1);
    finished.accept(size);
  }
}
