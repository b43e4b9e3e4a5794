package org.drs.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Brings the DRS schema up to this release by running, in order and each once, the versioned SQL
 * scripts listed in {@code db/migration/migrations.txt}. An installed database is upgraded in place
 * by later releases; nothing here drops or recreates a table.
 *
 * <p>The index file exists because class-path scanning does not work inside WildFly's virtual file
 * system, which is why DRS does not use a scanning migration library.
 */
public final class SchemaMigration {

  static final String HISTORY_TABLE = "DRS_SCHEMA_HISTORY";
  private static final String INDEX = "db/migration/migrations.txt";
  private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  private final DataSource dataSource;
  private final ClassLoader scripts;

  public SchemaMigration(DataSource dataSource, ClassLoader scripts) {
    this.dataSource = dataSource;
    this.scripts = scripts;
  }

  /**
   * Applies the scripts not yet recorded in the history table.
   *
   * @return the schema version the database has afterwards
   */
  public int migrate() {
    List<String> pending = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      createHistoryTableIfMissing(connection);
      int current = currentVersion(connection);
      for (String script : scriptNames()) {
        if (version(script) > current) {
          pending.add(script);
        }
      }
      for (String script : pending) {
        apply(connection, script);
      }
      return currentVersion(connection);
    } catch (SQLException e) {
      throw new SchemaMigrationException(
          "The DRS database could not be upgraded"
              + (pending.isEmpty() ? "" : " (pending scripts " + pending + ")")
              + ": "
              + e.getMessage()
              + ". Check that the DrsDS datasource points at a database DRS may change.",
          e);
    }
  }

  /** The version the scripts of this release lead to. */
  public int latestVersion() {
    List<String> names = scriptNames();
    return names.isEmpty() ? 0 : version(names.get(names.size() - 1));
  }

  /** The version recorded in the database, 0 for an empty one. */
  public int installedVersion() {
    try (Connection connection = dataSource.getConnection()) {
      createHistoryTableIfMissing(connection);
      return currentVersion(connection);
    } catch (SQLException e) {
      throw new SchemaMigrationException("The DRS database cannot be read: " + e.getMessage(), e);
    }
  }

  private List<String> scriptNames() {
    List<String> names = new ArrayList<>();
    int previous = 0;
    for (String line : lines(INDEX)) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      int version = version(name);
      if (version <= previous) {
        throw new SchemaMigrationException(
            INDEX + " lists " + name + " after version " + previous + ": versions must increase");
      }
      previous = version;
      names.add(name);
    }
    return names;
  }

  private static int version(String scriptName) {
    Matcher matcher = SCRIPT_NAME.matcher(scriptName);
    if (!matcher.matches()) {
      throw new SchemaMigrationException(
          "Migration script name '" + scriptName + "' is not of the form V<n>__<words>.sql");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private void apply(Connection connection, String script) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : SqlScript.statements(lines("db/migration/" + script))) {
        statement.execute(sql);
      }
      record(connection, script);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new SQLException("script " + script + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void record(Connection connection, String script) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + HISTORY_TABLE + " (VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) {
      insert.setInt(1, version(script));
      insert.setString(2, script);
      insert.setTimestamp(3, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }

  private static void createHistoryTableIfMissing(Connection connection) throws SQLException {
    // IF NOT EXISTS rather than a metadata lookup: databases differ in how they case table names.
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + HISTORY_TABLE
              + " (VERSION INTEGER NOT NULL PRIMARY KEY, SCRIPT VARCHAR(200) NOT NULL,"
              + " APPLIED_AT TIMESTAMP NOT NULL)");
    }
  }

  private static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM " + HISTORY_TABLE)) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  private List<String> lines(String resource) {
    InputStream in = scripts.getResourceAsStream(resource);
    if (in == null) {
      throw new SchemaMigrationException(resource + " is missing from the DRS deployment");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new SchemaMigrationException(resource + " cannot be read: " + e.getMessage(), e);
    }
  }
}
