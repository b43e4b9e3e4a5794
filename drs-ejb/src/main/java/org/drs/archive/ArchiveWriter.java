package org.drs.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes one component archive straight to the device: POSIX pax tar inside the chosen compression
 * inside a counter and SHA-256 of the bytes the device receives. Nothing is buffered beyond the
 * stream buffers, the largest of which (256 KiB) batches what goes to the device.
 *
 * <p>Every entry keeps what a restore must give back: the permission bits (set-user/group-id and
 * sticky included), the modification time, the owner and group as numbers and names, symbolic links
 * as links, and files hard-linked to each other as one file and hard links to it. Only standard pax
 * keywords are written, so GNU tar and bsdtar extract a set without DRS and without warnings.
 */
public final class ArchiveWriter implements AutoCloseable {

  /**
   * The tar record size, and the buffer of what goes to the device: the reader must use the same
   * record size to consume the last record's padding.
   */
  static final int RECORD_BYTES = 256 * 1024;

  private final HashingOutputStream device;
  private final TarArchiveOutputStream tar;
  private final LongConsumer sourceBytes;
  private final Consumer<String> notices;
  private final byte[] buffer = new byte[RECORD_BYTES];

  /** The entry name each multiply-linked file was first archived under, by device and inode. */
  private final Map<Object, String> linkedFiles = new HashMap<>();

  private boolean finished;

  /**
   * @param out the device file, closed by {@link #finish()}
   * @param sourceBytes told how many source bytes each copy added, for progress
   * @param notices told of what was left out or changed on the way (for the job log)
   */
  public ArchiveWriter(
      OutputStream out, Compression compression, LongConsumer sourceBytes, Consumer<String> notices)
      throws IOException {
    // Tar writes 512-byte records; unbuffered, each would become one SFTP packet and round trip.
    this.device = new HashingOutputStream(new BufferedOutputStream(out, RECORD_BYTES));
    this.tar = new TarArchiveOutputStream(compression.wrap(device), RECORD_BYTES, "UTF-8");
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setAddPaxHeadersForNonAsciiNames(true);
    this.sourceBytes = sourceBytes;
    this.notices = notices;
  }

  /**
   * Adds a directory tree, its entries named relative to the root and the root itself as {@code
   * ./}. When the root is a symbolic link (as {@code /opt/app/current -> release-42} often is),
   * what it points to is archived; links inside the tree stay links.
   */
  public void addTree(Path root) throws IOException {
    Path real = root.toRealPath();
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(root + " is not a directory");
    }
    Files.walkFileTree(
        real,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            addEntry(dir, dir.equals(real) ? "./" : name(real, dir) + "/");
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            addEntry(file, name(real, file));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            throw unreadable(file, e);
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw unreadable(dir, e);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Adds one file under the given entry name. */
  public void addFile(Path file, String entryName) throws IOException {
    addEntry(file, entryName);
  }

  private static String name(Path root, Path path) throws IOException {
    return utf8(path, root.relativize(path).toString());
  }

  /**
   * The JDK decodes a name that is not valid UTF-8 with replacement characters: archived so, it
   * would come back under another name, so the component fails and names the file instead.
   */
  private static String utf8(Path path, String name) throws IOException {
    if (name.indexOf('\uFFFD') >= 0) {
      throw new IOException(
          "the file name "
              + path
              + " is not valid UTF-8: rename it (DRS archives names in UTF-8, as pax requires)");
    }
    return name;
  }

  private void addEntry(Path path, String name) throws IOException {
    Map<String, Object> unix =
        Files.readAttributes(path, "unix:mode,uid,gid,ino,dev,nlink", LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) unix.get("mode");
    FileKind kind = FileKind.of(mode);
    TarArchiveEntry entry;
    switch (kind) {
      case DIRECTORY -> entry = new TarArchiveEntry(name, TarConstants.LF_DIR);
      case SYMBOLIC_LINK -> {
        entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        entry.setLinkName(utf8(path, Files.readSymbolicLink(path).toString()));
      }
      case REGULAR_FILE -> entry = fileOrHardLink(name, unix, attributes.size());
      default -> {
        notices.accept("skipped " + name + ": a " + kind.description + " is not archived");
        return;
      }
    }
    entry.setMode(kind.typeBits | (mode & FileKind.PERMISSION_BITS));
    entry.setUserId(((Number) unix.get("uid")).longValue());
    entry.setGroupId(((Number) unix.get("gid")).longValue());
    entry.setUserName(attributes.owner().getName());
    entry.setGroupName(attributes.group().getName());
    entry.setModTime(FileTime.from(attributes.lastModifiedTime().toInstant()));
    tar.putArchiveEntry(entry);
    if (kind == FileKind.REGULAR_FILE && !entry.isLink()) {
      copy(path, name, entry.getSize());
    }
    tar.closeArchiveEntry();
  }

  /** A file's first name carries its content; its other names are hard links to that one. */
  private TarArchiveEntry fileOrHardLink(String name, Map<String, Object> unix, long size) {
    if (((Number) unix.get("nlink")).intValue() > 1) {
      String inode = unix.get("dev") + ":" + unix.get("ino");
      String first = linkedFiles.putIfAbsent(inode, name);
      if (first != null) {
        TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_LINK);
        link.setLinkName(first);
        return link;
      }
    }
    TarArchiveEntry file = new TarArchiveEntry(name);
    file.setSize(size);
    return file;
  }

  /** Copies exactly the size the header declared: a file that grows meanwhile is cut there. */
  private void copy(Path path, String name, long size) throws IOException {
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      long left = size;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new IOException(
              "the file " + path + " shrank while it was archived: run the backup again");
        }
        tar.write(buffer, 0, read);
        sourceBytes.accept(read);
        left -= read;
      }
      if (in.read() >= 0) {
        notices.accept(name + " grew while it was archived: its first " + size + " bytes are kept");
      }
    } catch (AccessDeniedException e) {
      throw unreadable(path, e);
    }
  }

  private static IOException unreadable(Path path, IOException cause) {
    return new IOException(
        "the file "
            + path
            + " cannot be read by the server ("
            + cause.getClass().getSimpleName()
            + "): let the server's user read it, or register a component without it",
        cause);
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
