package org.drs.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What DRS creates for itself (backup files on local devices, staging areas, dumps, job logs, its
 * settings files) is the server user's alone from the first byte: created owner-only, never made
 * private by a later chmod that leaves a window open.
 */
public final class PrivateFiles {

  public static final FileAttribute<Set<PosixFilePermission>> DIRECTORY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  public static final FileAttribute<Set<PosixFilePermission>> FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private PrivateFiles() {}

  /** Creates the directory and any missing parents owner-only; existing ones stay as they are. */
  public static Path createDirectories(Path directory) throws IOException {
    return Files.createDirectories(directory, DIRECTORY);
  }

  /** Opens a file for writing; a file it creates is owner-only. */
  public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
    Set<OpenOption> opened = new HashSet<>(List.of(options));
    if (opened.isEmpty()) {
      opened.addAll(List.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
    }
    opened.add(StandardOpenOption.WRITE);
    return Channels.newOutputStream(Files.newByteChannel(file, opened, FILE));
  }

  /** Writes a whole file; a file it creates is owner-only. */
  public static void write(Path file, byte[] content, OpenOption... options) throws IOException {
    try (OutputStream out = newOutputStream(file, options)) {
      out.write(content);
    }
  }
}
