package org.drs.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.drs.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * The schema on a real PostgreSQL through Flyway and its PostgreSQL support: a new database, and
 * one the runner of earlier releases made.
 */
class SchemaMigrationIT {

  @Test
  void newPostgresqlDatabaseGetsEveryScript() throws Exception {
    TestPostgres.createDatabase("drs_flyway_new");
    DataSource database = TestPostgres.dataSource("drs_flyway_new");
    SchemaMigration schema = new SchemaMigration(database, getClass().getClassLoader());

    assertThat(schema.migrate().installed()).isEqualTo(schema.status().latest());
    assertThat(count(database, "SELECT COUNT(*) FROM DRS_SCHEDULE")).isZero();
  }

  @Test
  void postgresqlDatabaseOfTheEarlierRunnerIsUpgradedInPlace() throws Exception {
    TestPostgres.createDatabase("drs_flyway_earlier");
    DataSource database = TestPostgres.dataSource("drs_flyway_earlier");
    EarlierSchema.create(database, 7);
    SchemaMigration schema = new SchemaMigration(database, getClass().getClassLoader());

    assertThat(schema.migrate().installed()).isEqualTo(schema.status().latest());
    assertThat(count(database, "SELECT COUNT(*) FROM DRS_SCHEDULE")).as("V8 ran").isZero();
    assertThat(count(database, "SELECT COUNT(*) FROM DRS_SCHEMA_HISTORY")).isEqualTo(7);
  }

  private static int count(DataSource database, String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }
}
