package org.drs.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. Scripts are plain DDL written for every database DRS
 * supports, so a statement ends where a line ends with a semicolon and {@code --} starts a comment
 * line.
 */
final class SqlScript {

  private SqlScript() {}

  static List<String> statements(List<String> lines) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(current.isEmpty() ? "" : "\n").append(trimmed);
      if (trimmed.endsWith(";")) {
        current.setLength(current.length() - 1);
        statements.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      statements.add(current.toString());
    }
    return statements;
  }
}
