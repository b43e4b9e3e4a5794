package org.drs.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database as the schema runner of releases before Flyway left it: the same scripts applied up to
 * a version, and each recorded in DRS_SCHEMA_HISTORY with that runner's columns. The scripts are
 * applied by Flyway under a scratch history table that is then dropped, so the tables are exactly
 * what the scripts make on any database.
 */
final class EarlierSchema {

  private EarlierSchema() {}

  static void create(DataSource database, int version) throws Exception {
    Flyway.configure(EarlierSchema.class.getClassLoader())
        .dataSource(database)
        .locations("classpath:db/migration")
        .table("SCRATCH_HISTORY")
        .target(String.valueOf(version))
        .load()
        .migrate();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE \"SCRATCH_HISTORY\"");
      statement.execute(
          "CREATE TABLE DRS_SCHEMA_HISTORY (VERSION INTEGER NOT NULL PRIMARY KEY,"
              + " SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO DRS_SCHEMA_HISTORY (VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) {
        for (int applied = 1; applied <= version; applied++) {
          insert.setInt(1, applied);
          insert.setString(2, "V" + applied + "__as_released.sql");
          insert.setTimestamp(3, Timestamp.from(Instant.now()));
          insert.executeUpdate();
        }
      }
    }
  }
}
