package org.drs.agent.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A database in restorable form. For H2 that is its SQL script ({@code SCRIPT TO}), which {@code
 * RUNSCRIPT} restores; other databases need their own kind (PostgreSQL's arrives with pg_dump).
 */
final class DatabaseDump {

  /** The archive entry that holds the dump. */
  static final String ENTRY_NAME = "database.sql";

  private final DataSource dataSource;

  DatabaseDump(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void writeTo(Path file) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"H2".equalsIgnoreCase(product)) {
        throw new DatabaseDumpException(
            "databases of type " + product + " cannot be dumped by this DRS release (H2 only)");
      }
      try (PreparedStatement script = connection.prepareStatement("SCRIPT TO ?")) {
        script.setString(1, file.toString());
        script.execute();
      }
    } catch (SQLException e) {
      throw new DatabaseDumpException("the database dump failed: " + e.getMessage());
    }
  }
}
