package org.drs.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Files that are mostly holes, as database and VM image files often are, and the disk they use. */
public final class SparseFiles {

  private SparseFiles() {}

  /**
   * Creates a file of the given length holding only a few short runs of data: at its start, in its
   * middle and at its end. Everything else is a hole.
   */
  public static Path create(Path file, long length) throws IOException {
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap("start".getBytes(StandardCharsets.UTF_8)), 0);
      out.write(ByteBuffer.wrap("middle".getBytes(StandardCharsets.UTF_8)), length / 2);
      out.write(ByteBuffer.wrap("end".getBytes(StandardCharsets.UTF_8)), length - 3);
    }
    return file;
  }

  /** The bytes the file really occupies on disk, as {@code stat} reports its blocks. */
  public static long diskBytes(Path file) throws Exception {
    String[] blocks = Shell.run("stat -c '%b %B' '" + file + "'").strip().split(" ");
    return Long.parseLong(blocks[0]) * Long.parseLong(blocks[1]);
  }
}
