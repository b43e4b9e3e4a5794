package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.drs.testing.TestPostgres;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * A feature whose database is PostgreSQL, backed up by the real job through pg_dump: the archive's
 * dump, given to pg_restore as an administrator would, brings back the table byte for byte.
 */
class PostgresComponentIT extends AdminPagesSession {

  private static final String SOURCE = "drs_it_feature";
  private static final String RESTORED = "drs_it_feature_restored";
  private static final String CONTENT = "COPY (SELECT * FROM orders ORDER BY id) TO STDOUT";

  @TempDir Path device;
  @TempDir Path work;

  @Deployment(testable = false)
  static EnterpriseArchive drs() throws Exception {
    installFeature();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeFeature() throws IOException {
    Files.deleteIfExists(registration());
  }

  @Test
  void postgresComponentIsDumpedByTheBackupJobAndRestoresByteForByte() throws Exception {
    long deviceId = backups.localDevice("local", device);

    assertThat(backups.awaitEnd(backups.backUp(deviceId, "PG"))).isEqualTo("SUCCESS");

    Path dump =
        BackupSets.extract(BackupSets.onlyFile(device, "_PG_DB.tar.zst"), work.resolve("db"))
            .resolve("database.pgdump");
    TestPostgres.createDatabase(RESTORED);
    Process restore =
        new ProcessBuilder(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--dbname=" + connection(RESTORED),
                dump.toString())
            .inheritIO()
            .start();
    assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(restore.exitValue()).isZero();
    assertThat(content(RESTORED)).isEqualTo(content(SOURCE)).hasSizeGreaterThan(10_000);
  }

  private static void installFeature() throws SQLException, IOException {
    TestPostgres.createDatabase(SOURCE);
    try (Connection source = TestPostgres.connect(SOURCE);
        Statement sql = source.createStatement()) {
      sql.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text, amount numeric(10,2))");
      sql.execute(
          "INSERT INTO orders (item, amount) SELECT 'item ' || n || ' ✓', n / 4.0"
              + " FROM generate_series(1, 2000) AS n");
    }
    Path passfile = TestPostgres.writePassfile(passfile());
    try {
      Files.writeString(
          registration(),
          """
          <feature xmlns="urn:drs:registration:1" name="PG" version="1.0">
            <component name="DB">
              <postgresql host="%s" port="%d" database="%s" user="%s" passfile="%s"/>
            </component>
          </feature>
          """
              .formatted(
                  TestPostgres.HOST, TestPostgres.PORT, SOURCE, TestPostgres.USER, passfile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String connection(String database) {
    return "host=%s port=%d dbname=%s user=%s passfile=%s"
        .formatted(TestPostgres.HOST, TestPostgres.PORT, database, TestPostgres.USER, passfile());
  }

  private static Path passfile() {
    return TestServer.home().resolve("standalone/configuration/drs/it-pgpass");
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/it-pg.xml");
  }

  private static String content(String database) throws Exception {
    try (Connection connection = TestPostgres.connect(database)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      connection.unwrap(PGConnection.class).getCopyAPI().copyOut(CONTENT, out);
      return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
