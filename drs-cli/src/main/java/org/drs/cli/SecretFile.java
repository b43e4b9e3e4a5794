package org.drs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file that holds a password or a key: read only when no one but its owner may read it, since
 * anyone else who can would know the secret too.
 */
final class SecretFile {

  private SecretFile() {}

  static String read(Path file) {
    try {
      if (Files.getPosixFilePermissions(file).stream()
          .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
        throw new CommandException(
            ExitCode.USAGE, file + " holds a secret and others can read it: chmod 600 " + file);
      }
      return Files.readString(file);
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, file + " cannot be read: " + e.getMessage());
    }
  }
}
