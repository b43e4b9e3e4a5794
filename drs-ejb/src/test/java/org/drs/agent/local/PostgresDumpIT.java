package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.drs.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/** pg_dump and pg_restore against the real PostgreSQL the set-up script starts. */
class PostgresDumpIT {

  private static final String SOURCE = "drs_it_dump_source";
  private static final String TARGET = "drs_it_dump_target";
  private static final String CONTENT_QUERY =
      "COPY (SELECT * FROM customer ORDER BY id) TO STDOUT WITH (FORMAT binary)";

  @TempDir Path directory;
  private Path passfile;

  @BeforeEach
  void sampleDatabase() throws Exception {
    passfile = TestPostgres.writePassfile(directory.resolve("pgpass"));
    TestPostgres.createDatabase(SOURCE);
    TestPostgres.createDatabase(TARGET);
    try (Connection source = TestPostgres.connect(SOURCE);
        Statement sql = source.createStatement()) {
      sql.execute(
          "CREATE TABLE customer (id serial PRIMARY KEY, name text NOT NULL, balance numeric(12,2),"
              + " photo bytea, tags jsonb, joined timestamptz)");
      sql.execute("CREATE INDEX customer_name ON customer (name)");
      sql.execute(
          "INSERT INTO customer (name, balance, photo, tags, joined)"
              + " SELECT 'Kundin ' || n || ' — Grüße ✓', n * 10.25,"
              + " decode(md5(n::text), 'hex'), jsonb_build_object('n', n),"
              + " timestamptz '2026-01-01 00:00:00+00' + n * interval '1 hour'"
              + " FROM generate_series(1, 5000) AS n");
      sql.execute("INSERT INTO customer (name) VALUES ('only nulls')");
      sql.execute("CREATE VIEW rich AS SELECT name FROM customer WHERE balance > 1000");
    }
  }

  @Test
  void restoredTableHoldsExactlyTheDumpedBytesAndReplacesWhatWasThere() throws Exception {
    Path dump = directory.resolve("customer.pgdump");
    new PostgresDump(connection(SOURCE), Duration.ofMinutes(5)).writeTo(dump);
    try (Connection target = TestPostgres.connect(TARGET);
        Statement sql = target.createStatement()) {
      sql.execute("CREATE TABLE customer (id int PRIMARY KEY, name text)");
      sql.execute("INSERT INTO customer VALUES (1, 'to be replaced')");
    }

    new PostgresDump(connection(TARGET), Duration.ofMinutes(5)).restoreFrom(dump);

    assertThat(content(TARGET)).isEqualTo(content(SOURCE));
    try (Connection target = TestPostgres.connect(TARGET);
        Statement sql = target.createStatement()) {
      var rich = sql.executeQuery("SELECT count(*) FROM rich");
      rich.next();
      assertThat(rich.getInt(1)).isEqualTo(5000 - 97);
      var next = sql.executeQuery("SELECT nextval('customer_id_seq')");
      next.next();
      assertThat(next.getInt(1)).isEqualTo(5002);
    }
  }

  @Test
  void failedRestoreLeavesTheDatabaseAsItWas() throws Exception {
    Path notADump = Files.writeString(directory.resolve("broken.pgdump"), "not a dump");
    try (Connection target = TestPostgres.connect(TARGET);
        Statement sql = target.createStatement()) {
      sql.execute("CREATE TABLE customer (id int PRIMARY KEY, name text)");
      sql.execute("INSERT INTO customer VALUES (1, 'kept')");
    }

    assertThatThrownBy(
            () -> new PostgresDump(connection(TARGET), Duration.ofMinutes(5)).restoreFrom(notADump))
        .isInstanceOf(DatabaseDumpException.class)
        .hasMessageStartingWith("pg_restore failed: ")
        .hasMessageContaining("input file does not appear to be a valid archive");
    try (Connection target = TestPostgres.connect(TARGET);
        Statement sql = target.createStatement()) {
      var kept = sql.executeQuery("SELECT name FROM customer");
      kept.next();
      assertThat(kept.getString(1)).isEqualTo("kept");
    }
  }

  @Test
  void unreachableDatabaseIsNamedInTheFailure() {
    assertThatThrownBy(
            () ->
                new PostgresDump(connection("drs_it_no_such_database"), Duration.ofMinutes(5))
                    .writeTo(directory.resolve("x.pgdump")))
        .isInstanceOf(DatabaseDumpException.class)
        .hasMessageStartingWith("pg_dump failed: ")
        .hasMessageContaining("drs_it_no_such_database");
  }

  private String connection(String database) {
    return "host='"
        + TestPostgres.HOST
        + "' port="
        + TestPostgres.PORT
        + " dbname='"
        + database
        + "' user='"
        + TestPostgres.USER
        + "' passfile='"
        + passfile
        + "'";
  }

  private static byte[] content(String database) throws Exception {
    try (Connection connection = TestPostgres.connect(database)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      connection.unwrap(PGConnection.class).getCopyAPI().copyOut(CONTENT_QUERY, out);
      return out.toByteArray();
    }
  }
}
