package org.drs.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes one component archive straight to the device: tar (pax headers for long names and large
 * files, so GNU tar reads it) inside the chosen compression inside a counter and SHA-256 of the
 * bytes the device receives. Nothing is buffered beyond the stream buffers, the largest of which
 * (256 KiB) batches what goes to the device.
 */
public final class ArchiveWriter implements AutoCloseable {

  private static final int COPY_BUFFER = 256 * 1024;

  private final HashingOutputStream device;
  private final TarArchiveOutputStream tar;
  private final LongConsumer sourceBytes;
  private final byte[] buffer = new byte[COPY_BUFFER];
  private boolean finished;

  /**
   * @param out the device file, closed by {@link #finish()}
   * @param sourceBytes told how many source bytes each copy added, for progress
   */
  public ArchiveWriter(OutputStream out, Compression compression, LongConsumer sourceBytes)
      throws IOException {
    // Tar writes 512-byte records; unbuffered, each would become one SFTP packet and round trip.
    this.device = new HashingOutputStream(new BufferedOutputStream(out, COPY_BUFFER));
    this.tar = new TarArchiveOutputStream(compression.wrap(device), COPY_BUFFER, "UTF-8");
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setAddPaxHeadersForNonAsciiNames(true);
    this.sourceBytes = sourceBytes;
  }

  /** Adds a directory tree, its entries named relative to the root; symbolic links stay links. */
  public void addTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root)) {
              addEntry(dir, root.relativize(dir).toString() + "/");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            addEntry(file, root.relativize(file).toString());
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Adds one file under the given entry name. */
  public void addFile(Path file, String entryName) throws IOException {
    addEntry(file, entryName);
  }

  private void addEntry(Path path, String name) throws IOException {
    if (Files.isSymbolicLink(path)) {
      TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      link.setLinkName(Files.readSymbolicLink(path).toString());
      link.setModTime(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS));
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      return;
    }
    TarArchiveEntry entry = new TarArchiveEntry(path, name, LinkOption.NOFOLLOW_LINKS);
    tar.putArchiveEntry(entry);
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      try (InputStream in = Files.newInputStream(path)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          tar.write(buffer, 0, read);
          sourceBytes.accept(read);
        }
      }
    }
    tar.closeArchiveEntry();
  }

  /** Ends the archive and the device file, and says what reached the device. */
  public ArchiveResult finish() throws IOException {
    tar.finish();
    tar.close();
    finished = true;
    return new ArchiveResult(device.bytes(), device.sha256Hex(), tar.getBytesWritten());
  }

  /** Closes the device file without finishing the archive, after a failure. */
  @Override
  public void close() throws IOException {
    if (!finished) {
      device.close();
    }
  }
}
