package org.drs.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import org.drs.common.PrivateFiles;

/**
 * Writes a restored file so that long runs of zero bytes become holes again: database and VM image
 * files are often sparse, and written out in full they could outgrow the disk they came from. A
 * block of zeros is skipped instead of written; the file's length is set at the end.
 */
public final class HoleWriter {

  /** The file system block size on common Linux file systems: holes come in these units. */
  private static final int BLOCK = 4096;

  private static final int CHUNK = 64 * BLOCK;

  private static final byte[] ZEROS = new byte[BLOCK];

  /**
   * Reused for every file of an archive: most are small, and a fresh buffer each would be garbage.
   */
  private final byte[] chunk = new byte[CHUNK];

  /**
   * Creates the file (never through a link, never over an existing one, owner-only until its own
   * mode is applied) and writes the entry's content into it.
   *
   * @param progress called after each chunk
   */
  public void write(InputStream content, Path target, Runnable progress) throws IOException {
    try (FileChannel out =
        FileChannel.open(
            target,
            Set.of(
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
            PrivateFiles.FILE)) {
      long position = 0;
      int read;
      // Whole chunks keep blocks aligned with the file's own blocks.
      while ((read = content.readNBytes(chunk, 0, CHUNK)) > 0) {
        // Consecutive blocks with data go out in one write; blocks of zeros are skipped.
        int run = -1;
        for (int offset = 0; offset < read; offset += BLOCK) {
          int length = Math.min(BLOCK, read - offset);
          if (isZero(chunk, offset, length)) {
            if (run >= 0) {
              writeFully(out, chunk, run, offset - run, position + run);
              run = -1;
            }
          } else if (run < 0) {
            run = offset;
          }
        }
        if (run >= 0) {
          writeFully(out, chunk, run, read - run, position + run);
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

  private static void writeFully(FileChannel out, byte[] bytes, int offset, int length, long at)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    while (buffer.hasRemaining()) {
      out.write(buffer, at + (buffer.position() - offset));
    }
  }

  private static boolean isZero(byte[] bytes, int offset, int length) {
    // Arrays.mismatch is vectorised by the JIT: scanning for zeros costs little beside the copy.
    return Arrays.mismatch(bytes, offset, offset + length, ZEROS, 0, length) < 0;
  }
}
