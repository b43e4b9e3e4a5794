package org.drs.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file as a whole: the content is written beside it under a temporary name and renamed
 * over it, so a reader (or a backup of the directory) never sees half of it.
 */
public final class AtomicFile {

  /** Writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) {
    try {
      PrivateFiles.createDirectories(target.getParent());
      Path temporary = target.resolveSibling("." + target.getFileName() + ".partial");
      try (OutputStream out = PrivateFiles.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("DRS could not write " + target + ": " + e.getMessage(), e);
    }
  }
}
