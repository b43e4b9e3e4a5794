package org.drs.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Makes what DRS promises to keep survive a power cut: a file's content and a directory's entries
 * reach the disk before DRS says they are there. Without it, a set committed a moment before the
 * power went could come back empty, or its rename could be lost. One place, so every durable write
 * of DRS forces the disk the same way.
 */
public final class Durable {

  private Durable() {}

  /** Forces a file's content (or a directory's entries) to the disk. */
  public static void sync(Path path) throws IOException {
    // Linux lets a directory be opened for reading and fsync'ed, which is how its new entries (a
    // rename's result) reach the disk; any descriptor of a file flushes all its written data.
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * Renames a finished file into place: its content is forced first, then the rename, then the
   * directory's entry, so after a crash the target is either absent or complete.
   */
  public static void rename(Path from, Path to) throws IOException {
    sync(from);
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    sync(to.toAbsolutePath().getParent());
  }

  /** Creates an empty mark file durably: it and its directory entry reach the disk. */
  public static void createMark(Path mark) throws IOException {
    Files.createFile(mark, PrivateFiles.FILE);
    sync(mark);
    sync(mark.toAbsolutePath().getParent());
  }
}
