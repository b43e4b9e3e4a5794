package org.drs.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL cluster .ci/setup starts on 127.0.0.1:5432, reached as the test role drs_test,
 * which may create and drop databases of its own.
 */
public final class TestPostgres {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  public static final String USER = "drs_test";
  private static final String PASSWORD = "drs_test";

  private TestPostgres() {}

  /** Creates the database empty, dropping an earlier one of that name. */
  public static void createDatabase(String name) throws SQLException {
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD);
  }

  /** A data source for the test role on the database, as WildFly's DrsDS would give one. */
  public static DataSource dataSource(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {HOST});
    source.setPortNumbers(new int[] {PORT});
    source.setDatabaseName(database);
    source.setUser(USER);
    source.setPassword(PASSWORD);
    return source;
  }

  /** Writes a pgpass file for the test role, readable by its owner only as libpq requires. */
  public static Path writePassfile(Path file) throws IOException {
    Files.writeString(file, HOST + ":" + PORT + ":*:" + USER + ":" + PASSWORD + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }
}
