package org.drs.agent.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import org.drs.archive.FileMetadata;
import org.drs.archive.HoleWriter;
import org.drs.common.Durable;

/** Copies, forces to disk and deletes whole trees without following symbolic links. */
final class FileTrees {

  private FileTrees() {}

  /**
   * Copies a tree to another file system as exactly as a rename would have moved it: modes
   * (set-group-ID and sticky included), owners (when DRS runs as root), times, symbolic links as
   * links, files hard-linked to each other stay hard-linked, and holes stay holes (the JDK's copy
   * writes them out in full).
   */
  static void copy(Path from, Path to) throws IOException {
    boolean owners = FileMetadata.canApplyOwners();
    HoleWriter holes = new HoleWriter();
    Map<Object, Path> copiedInodes = new HashMap<>();
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectory(to.resolve(from.relativize(dir)));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path copy = to.resolve(from.relativize(file));
            Path linked = attrs.isRegularFile() ? copiedInodes.get(attrs.fileKey()) : null;
            if (linked != null) {
              Files.createLink(copy, linked);
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              try (InputStream content = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                holes.write(content, copy, () -> {});
              }
            } else {
              Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
            }
            FileMetadata.of(file).applyTo(copy, owners);
            if (attrs.isRegularFile()) {
              copiedInodes.put(attrs.fileKey(), copy);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            // Last: the entries copied into it changed its time.
            FileMetadata.of(dir).applyTo(to.resolve(from.relativize(dir)), owners);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Forces a staged tree to the disk before a swap puts it in place of the live data, so a power
   * cut after the swap cannot leave a restored component with files that were never written.
   */
  static void sync(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()) {
              syncReadable(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            syncReadable(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * A file restored without read permission cannot be opened to be forced unless DRS runs as root;
   * it is then left to the kernel's own write-back.
   */
  private static void syncReadable(Path path) throws IOException {
    try {
      Durable.sync(path);
    } catch (AccessDeniedException e) {
      // See above: only an unprivileged DRS meets it, for files the backup recorded as unreadable.
    }
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
