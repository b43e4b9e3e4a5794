package org.drs.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Writes a restored file so that long runs of zero bytes become holes again: database and VM image
 * files are often sparse, and written out in full they could outgrow the disk they came from. A
 * block of zeros is skipped instead of written; the file's length is set at the end.
 */
final class HoleWriter {

  /** The file system block size on common Linux file systems: holes come in these units. */
  private static final int BLOCK = 4096;

  private static final int CHUNK = 64 * BLOCK;

  private HoleWriter() {}

  /**
   * Creates the file (never through a link, never over an existing one, owner-only until its own
   * mode is applied) and writes the entry's content into it.
   *
   * @param progress called after each chunk
   */
  static void write(InputStream content, Path target, Runnable progress) throws IOException {
    byte[] chunk = new byte[CHUNK];
    try (FileChannel out =
        FileChannel.open(
            target,
            Set.of(
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
            StagingTree.OWNER_ONLY_FILE)) {
      long position = 0;
      int read;
      // Whole chunks keep blocks aligned with the file's own blocks.
      while ((read = content.readNBytes(chunk, 0, CHUNK)) > 0) {
        for (int offset = 0; offset < read; offset += BLOCK) {
          int length = Math.min(BLOCK, read - offset);
          if (!isZero(chunk, offset, length)) {
            ByteBuffer block = ByteBuffer.wrap(chunk, offset, length);
            while (block.hasRemaining()) {
              out.write(block, position + offset + (length - block.remaining()));
            }
          }
        }
        position += read;
        progress.run();
      }
      if (out.size() < position) {
        // The file ends in a hole: its last byte sets the length.
        out.write(ByteBuffer.wrap(new byte[1]), position - 1);
      }
    }
  }

  private static boolean isZero(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
