package org.drs.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the DRS schema up to this release with Flyway, running the versioned scripts of {@code
 * db/migration} in order, each once. An installed database is upgraded in place by later releases;
 * nothing here drops or recreates a table, and Flyway's {@code clean} is disabled.
 *
 * <p>Releases before Flyway recorded their scripts in {@code DRS_SCHEMA_HISTORY}. Such a database
 * is baselined at the highest version recorded there — whatever it is — and only the later scripts
 * run. Flyway keeps its own history in {@code DRS_FLYWAY_HISTORY}; the old table stays as it was.
 * Inside WildFly, Flyway finds the scripts through JBoss VFS, which the EAR's
 * jboss-deployment-structure.xml makes visible to it.
 */
public final class SchemaMigration {

  static final String LEGACY_HISTORY_TABLE = "DRS_SCHEMA_HISTORY";
  static final String HISTORY_TABLE = "DRS_FLYWAY_HISTORY";
  private static final String LOCATION = "classpath:db/migration";

  private final DataSource dataSource;
  private final ClassLoader scripts;

  public SchemaMigration(DataSource dataSource, ClassLoader scripts) {
    this.dataSource = dataSource;
    this.scripts = scripts;
  }

  /**
   * Applies the scripts not yet applied.
   *
   * @return the versions the database has afterwards and this release brings
   */
  public Status migrate() {
    try {
      Integer legacy = legacyVersion();
      // Only used when Flyway's own table does not exist yet. DrsDS also holds the batch job
      // repository's and the EJB timers' tables, which WildFly creates before DRS starts, so a new
      // DRS database is seldom empty: it is baselined at 0 and every script runs. A database of an
      // earlier release is baselined at the version its own runner recorded.
      FluentConfiguration configuration =
          configuration()
              .baselineOnMigrate(true)
              .baselineVersion(String.valueOf(legacy == null ? 0 : legacy))
              .baselineDescription(
                  legacy == null
                      ? "DRS tables not created yet"
                      : "schema as recorded in " + LEGACY_HISTORY_TABLE);
      Flyway flyway = configuration.load();
      flyway.migrate();
      return status(flyway.info());
    } catch (FlywayException | SQLException e) {
      throw new SchemaMigrationException(
          "The DRS database could not be upgraded: "
              + e.getMessage()
              + ". Check that the DrsDS datasource points at a database DRS may change.",
          e);
    }
  }

  /**
   * What the database holds against what this release brings, read in one pass (each Flyway pass
   * scans the deployment for scripts).
   *
   * @param installed the highest version applied without failing, 0 for a database Flyway has not
   *     migrated (a script that failed where DDL is not transactional is recorded too, as failed)
   * @param latest the version the scripts of this release lead to
   */
  public record Status(int installed, int latest) {}

  public Status status() {
    try {
      return status(configuration().load().info());
    } catch (FlywayException e) {
      throw new SchemaMigrationException("The DRS database cannot be read: " + e.getMessage(), e);
    }
  }

  private static Status status(MigrationInfoService info) {
    return new Status(
        installed(info),
        Arrays.stream(info.all())
            .map(MigrationInfo::getVersion)
            .filter(Objects::nonNull)
            .mapToInt(SchemaMigration::number)
            .max()
            .orElse(0));
  }

  private static int installed(MigrationInfoService info) {
    return Arrays.stream(info.applied())
        .filter(applied -> !applied.getState().isFailed())
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .mapToInt(SchemaMigration::number)
        .max()
        .orElse(0);
  }

  private FluentConfiguration configuration() {
    return Flyway.configure(scripts)
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .validateMigrationNaming(true)
        .cleanDisabled(true);
  }

  /**
   * The highest version the runner of earlier releases recorded, or null when it never ran here.
   */
  private Integer legacyVersion() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      boolean present = false;
      while (tables.next()) {
        present |= LEGACY_HISTORY_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"));
      }
      if (!present) {
        return null;
      }
      try (Statement statement = connection.createStatement();
          ResultSet version =
              statement.executeQuery("SELECT MAX(VERSION) FROM " + LEGACY_HISTORY_TABLE)) {
        return version.next() ? version.getInt(1) : 0;
      }
    }
  }

  private static int number(MigrationVersion version) {
    return Integer.parseInt(version.getVersion());
  }
}
