package org.drs.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema on H2 through Flyway: a new database, one the earlier runner made, a bad script. */
class SchemaMigrationTest {

  private DataSource database;

  @BeforeEach
  void emptyDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database = h2;
  }

  @Test
  void newDatabaseGetsEveryScriptOfThisRelease() throws Exception {
    SchemaMigration schema = new SchemaMigration(database, getClass().getClassLoader());

    int version = schema.migrate().installed();

    assertThat(version).isEqualTo(schema.status().latest()).isGreaterThanOrEqualTo(8);
    assertThat(schema.status().installed()).isEqualTo(version);
    assertThat(count("SELECT COUNT(*) FROM DRS_ALARM")).isZero();
    assertThat(schema.migrate().installed())
        .as("a second start changes nothing")
        .isEqualTo(version);
  }

  /**
   * DrsDS also holds the batch job repository's and the EJB timers' tables, created by WildFly
   * before DRS starts: a database with only those is new to DRS.
   */
  @Test
  void databaseHoldingOnlyTheServersOwnTablesGetsEveryScript() throws Exception {
    execute("CREATE TABLE JOB_INSTANCE (JOBINSTANCEID BIGINT PRIMARY KEY)");
    execute("CREATE TABLE JBOSS_EJB_TIMER (ID VARCHAR(255) PRIMARY KEY)");
    SchemaMigration schema = new SchemaMigration(database, getClass().getClassLoader());

    assertThat(schema.migrate().installed()).isEqualTo(schema.status().latest());
    assertThat(count("SELECT COUNT(*) FROM DRS_ALARM")).isZero();
  }

  /** A database the runner of earlier releases made is upgraded in place, its data kept. */
  @Test
  void databaseOfTheEarlierRunnerIsBaselinedAtItsVersionAndUpgraded() throws Exception {
    EarlierSchema.create(database, 6);
    execute(
        "INSERT INTO DRS_ALARM (ID, NAME, RAISED_AT, DETAIL)"
            + " VALUES (1, 'CiscoDRFFailure', CURRENT_TIMESTAMP, 'kept')");
    SchemaMigration schema = new SchemaMigration(database, getClass().getClassLoader());

    assertThat(schema.migrate().installed()).isEqualTo(schema.status().latest());

    assertThat(count("SELECT COUNT(*) FROM DRS_ALARM WHERE DETAIL = 'kept'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM DRS_SCHEDULE")).as("V8 ran").isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM "
                    + SchemaMigration.HISTORY_TABLE
                    + " WHERE \"type\" = 'BASELINE' AND \"version\" = '6'"))
        .isEqualTo(1);
  }

  @Test
  void failingScriptIsNamedAndLeavesTheVersionUnchanged(@TempDir Path scripts) throws Exception {
    Path migrations = Files.createDirectories(scripts.resolve("db/migration"));
    Files.writeString(migrations.resolve("V1__create_a.sql"), "CREATE TABLE A (X INT);");
    Files.writeString(migrations.resolve("V2__broken.sql"), "INSERT INTO NOWHERE VALUES (1);");
    SchemaMigration schema = new SchemaMigration(database, loaderOf(scripts));

    assertThatThrownBy(schema::migrate)
        .isInstanceOf(SchemaMigrationException.class)
        .hasMessageContaining("V2__broken.sql");
    assertThat(schema.status().installed()).isEqualTo(1);
  }

  private static ClassLoader loaderOf(Path root) throws IOException {
    // Only the given scripts: no parent that would add this release's.
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  private void execute(String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private int count(String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }
}
