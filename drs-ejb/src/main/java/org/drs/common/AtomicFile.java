package org.drs.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Replaces a file as a whole: the content is written beside it under a temporary name and renamed
 * over it, durably, so a reader (or a backup of the directory, or the start after a power cut)
 * never sees half of it.
 */
public final class AtomicFile {

  /** Writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Replaces the file, or leaves it as it was when writing fails. */
  public static void write(Path target, Content content) {
    try {
      replace(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("DRS could not write " + target + ": " + e.getMessage(), e);
    }
  }

  /** {@link #write}, for callers that handle the {@link IOException} themselves. */
  public static void replace(Path target, Content content) throws IOException {
    PrivateFiles.createDirectories(target.getParent());
    Path temporary = target.resolveSibling("." + target.getFileName() + ".partial");
    try (OutputStream out = PrivateFiles.newOutputStream(temporary)) {
      content.writeTo(out);
    }
    Durable.rename(temporary, target);
  }
}
