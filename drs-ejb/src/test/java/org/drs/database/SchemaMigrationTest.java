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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

  @TempDir Path scripts;
  private JdbcDataSource database;

  @BeforeEach
  void emptyDatabase() {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void everyScriptRunsOnceInOrder() throws Exception {
    release(
        "V1__create_a.sql",
        "CREATE TABLE A (X INT);",
        "V2__fill_a.sql",
        "INSERT INTO A VALUES (1);\nINSERT INTO A VALUES (2);");

    assertThat(migration().migrate()).isEqualTo(2);
    assertThat(migration().migrate()).isEqualTo(2);

    assertThat(count("SELECT COUNT(*) FROM A")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM " + SchemaMigration.HISTORY_TABLE)).isEqualTo(2);
  }

  @Test
  void laterReleaseRunsOnlyItsNewScripts() throws Exception {
    release("V1__create_a.sql", "CREATE TABLE A (X INT);");
    migration().migrate();

    release(
        "V1__create_a.sql", "CREATE TABLE A (X INT);", "V2__add_b.sql", "CREATE TABLE B (Y INT);");

    assertThat(migration().migrate()).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM B")).isZero();
  }

  @Test
  void failingScriptIsNamedAndLeavesTheVersionUnchanged() throws Exception {
    release("V1__create_a.sql", "CREATE TABLE A (X INT);");
    migration().migrate();
    release("V1__create_a.sql", "CREATE TABLE A (X INT);", "V2__broken.sql", "CREATE TABLE (;");

    assertThatThrownBy(() -> migration().migrate())
        .isInstanceOf(SchemaMigrationException.class)
        .hasMessageContaining("V2__broken.sql");
    assertThat(migration().installedVersion()).isEqualTo(1);
  }

  @Test
  void indexWhoseVersionsDoNotIncreaseIsRefused() throws Exception {
    release("V2__b.sql", "CREATE TABLE B (Y INT);", "V1__a.sql", "CREATE TABLE A (X INT);");

    assertThatThrownBy(() -> migration().migrate())
        .isInstanceOf(SchemaMigrationException.class)
        .hasMessageContaining("versions must increase");
  }

  @Test
  void scriptNameWithoutVersionIsRefused() throws Exception {
    release("create_a.sql", "CREATE TABLE A (X INT);");

    assertThatThrownBy(() -> migration().migrate())
        .isInstanceOf(SchemaMigrationException.class)
        .hasMessageContaining("create_a.sql");
  }

  @Test
  void scriptsOfThisReleaseCreateTheAlarmLog() throws Exception {
    SchemaMigration shipped = new SchemaMigration(database, getClass().getClassLoader());

    assertThat(shipped.migrate()).isEqualTo(shipped.latestVersion());
    assertThat(count("SELECT COUNT(*) FROM DRS_ALARM")).isZero();
  }

  private SchemaMigration migration() throws IOException {
    URLClassLoader loader = new URLClassLoader(new URL[] {scripts.toUri().toURL()}, null);
    return new SchemaMigration(database, loader);
  }

  /** Writes a release's scripts, given as name and content pairs, and their index. */
  private void release(String... namesAndContents) throws IOException {
    Path directory = Files.createDirectories(scripts.resolve("db/migration"));
    StringBuilder index = new StringBuilder("# test release\n");
    for (int i = 0; i < namesAndContents.length; i += 2) {
      Files.writeString(directory.resolve(namesAndContents[i]), namesAndContents[i + 1]);
      index.append(namesAndContents[i]).append('\n');
    }
    Files.writeString(directory.resolve("migrations.txt"), index);
  }

  private int count(String query) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getInt(1);
    }
  }
}
