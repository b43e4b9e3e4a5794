package org.drs.it;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drs.testing.TreeSnapshot;

/**
 * The demo feature's data on the test server, read and changed as an administrator would: its
 * files, and its H2 database through H2's automatic server mode while WildFly holds it open.
 */
final class DemoData {

  private DemoData() {}

  static Path files() {
    return TestServer.demoFiles();
  }

  /**
   * Everything a restore of DEMO must leave alone when it is refused: the target directory, its
   * parent (but the database files, which H2 rewrites as it likes), a sibling directory, the rows
   * of the database, and the names at /tmp's top level with their type, mode and owner (a name an
   * archive planted there is new).
   */
  static Map<String, String> snapshot() throws Exception {
    Map<String, String> state = new TreeMap<>();
    // What stat says of every entry beside and below the demo files (the database's own files
    // change with every query, so its rows stand for them), and of /etc/passwd.
    TreeSnapshot tree = TreeSnapshot.of(files().getParent());
    tree.entries()
        .forEach(
            (name, stat) -> {
              if (!name.startsWith("demodb")) {
                state.put(name, stat);
              }
            });
    state.put("hard links", tree.hardLinkGroups().toString());
    state.put("/etc/passwd", TreeSnapshot.of(Path.of("/etc/passwd")).entries().toString());
    state.put("database rows", rows());
    try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
      for (Path entry : tmp.toList()) {
        state.put(entry.toString(), topLevelStat(entry));
      }
    }
    return state;
  }

  /**
   * The type, mode and owner of an entry at /tmp's top level, never followed. Not its content, size
   * or time: other programs (the build's own log among them) write their files there meanwhile.
   */
  private static String topLevelStat(Path entry) throws Exception {
    Map<String, Object> stat = Files.readAttributes(entry, "unix:mode,uid,gid", NOFOLLOW_LINKS);
    return Integer.toOctalString((Integer) stat.get("mode"))
        + " "
        + stat.get("uid")
        + ":"
        + stat.get("gid");
  }

  /** A sibling of the restored directory, which no restore may touch. */
  static void createSibling() throws Exception {
    Path sibling = Files.createDirectories(files().resolveSibling("sibling"));
    Files.writeString(sibling.resolve("keep.txt"), "a neighbour of the demo files");
  }

  /** Every row of the demo database, in a fixed order, as one string. */
  static String rows() throws Exception {
    try (Connection db = connect();
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT O.ID, O.AMOUNT, O.PLACED, C.NAME, C.CITY FROM ORDERS O"
                    + " JOIN CUSTOMER C ON C.ID = O.CUSTOMER_ID ORDER BY O.ID")) {
      StringBuilder all = new StringBuilder();
      while (rows.next()) {
        for (int column = 1; column <= 5; column++) {
          all.append(rows.getString(column)).append('|');
        }
        all.append('\n');
      }
      return all.toString();
    }
  }

  static void changeDatabase() throws Exception {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      sql.execute("DELETE FROM ORDERS WHERE ID > 100");
      sql.execute("UPDATE CUSTOMER SET CITY = 'Nowhere'");
    }
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + files().resolveSibling("demodb") + ";AUTO_SERVER=TRUE", "sa", "");
  }
}
