package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllOrNothingSwapTest {

  @TempDir Path live;
  @TempDir Path staging;

  @Test
  void everyComponentIsReplacedAndNoOldCopyIsLeft() throws Exception {
    Path files = tree(live.resolve("files"), "live");
    Path conf = tree(live.resolve("conf"), "live");

    AllOrNothingSwap.replaceAll(
        List.of(
            new DirectorySwap("APP/FILES", files, tree(staging.resolve("files"), "restored"), 7),
            new DirectorySwap("APP/CONF", conf, tree(staging.resolve("conf"), "restored"), 7)),
        staging.resolve("swapped"));

    assertThat(files.resolve("data.txt")).hasContent("restored");
    assertThat(conf.resolve("data.txt")).hasContent("restored");
    assertThat(names(live)).containsExactlyInAnyOrder("files", "conf");
  }

  @Test
  void failureInTheSecondComponentPutsTheFirstBack() throws Exception {
    Path files = tree(live.resolve("files"), "live");
    Path conf = tree(live.resolve("conf"), "live");
    Path missingStage = staging.resolve("conf-never-staged");

    assertThatThrownBy(
            () ->
                AllOrNothingSwap.replaceAll(
                    List.of(
                        new DirectorySwap(
                            "APP/FILES", files, tree(staging.resolve("files"), "restored"), 7),
                        new DirectorySwap("APP/CONF", conf, missingStage, 7)),
                    staging.resolve("swapped")))
        .isInstanceOfSatisfying(
            SwapFailedException.class,
            e -> {
              assertThat(e.component()).isEqualTo("APP/CONF");
              assertThat(e.notPutBack()).isEmpty();
              assertThat(e).hasMessageContaining("every component was put back as it was");
            });

    assertThat(files.resolve("data.txt")).hasContent("live");
    assertThat(conf.resolve("data.txt")).hasContent("live");
    assertThat(names(live)).containsExactlyInAnyOrder("files", "conf");
  }

  @Test
  void crashBeforeEveryComponentWasReplacedPutsBackWhatHadBegun() throws Exception {
    Path files = tree(live.resolve("files"), "live");
    Path conf = tree(live.resolve("conf"), "live");
    new DirectorySwap("APP/FILES", files, tree(staging.resolve("files"), "restored"), 7).replace();

    List<String> failed =
        AllOrNothingSwap.recover(
            List.of(
                new DirectorySwap("APP/FILES", files, staging.resolve("files"), 7),
                new DirectorySwap("APP/CONF", conf, staging.resolve("conf"), 7)),
            staging.resolve("swapped"));

    assertThat(failed).isEmpty();
    assertThat(files.resolve("data.txt")).hasContent("live");
    assertThat(conf.resolve("data.txt")).hasContent("live");
    assertThat(names(live)).containsExactlyInAnyOrder("files", "conf");
  }

  @Test
  void targetThatDidNotExistBeforeTheRestoreIsGoneAfterAPutBack() throws Exception {
    Path files = live.resolve("files-new");
    new DirectorySwap("APP/FILES", files, tree(staging.resolve("files"), "restored"), 7).replace();
    assertThat(files.resolve("data.txt")).hasContent("restored");

    List<String> failed =
        AllOrNothingSwap.recover(
            List.of(new DirectorySwap("APP/FILES", files, staging.resolve("files"), 7)),
            staging.resolve("swapped"));

    assertThat(failed).isEmpty();
    assertThat(names(live)).isEmpty();
  }

  @Test
  void putBackThatFailsAfterACrashIsNamed() throws Exception {
    ComponentSwap failing =
        new ComponentSwap() {
          @Override
          public String label() {
            return "APP/FILES";
          }

          @Override
          public void replace() {}

          @Override
          public void putBack() {}

          @Override
          public void discardOld() {}

          @Override
          public void putBackAfterCrash() throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThat(AllOrNothingSwap.recover(List.of(failing), staging.resolve("swapped")))
        .containsExactly("APP/FILES (disk gone)");
  }

  @Test
  void crashAfterEveryComponentWasReplacedFinishesTheRestore() throws Exception {
    Path files = tree(live.resolve("files"), "live");
    Path conf = tree(live.resolve("conf"), "live");
    new DirectorySwap("APP/FILES", files, tree(staging.resolve("files"), "restored"), 7).replace();
    new DirectorySwap("APP/CONF", conf, tree(staging.resolve("conf"), "restored"), 7).replace();
    Files.createFile(staging.resolve("swapped"));

    AllOrNothingSwap.recover(
        List.of(
            new DirectorySwap("APP/FILES", files, staging.resolve("files"), 7),
            new DirectorySwap("APP/CONF", conf, staging.resolve("conf"), 7)),
        staging.resolve("swapped"));

    assertThat(files.resolve("data.txt")).hasContent("restored");
    assertThat(conf.resolve("data.txt")).hasContent("restored");
    assertThat(names(live)).containsExactlyInAnyOrder("files", "conf");
  }

  @Test
  void h2DatabaseIsReplacedAndPutBackWhenALaterComponentFails() throws Exception {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:swap;DB_CLOSE_DELAY=-1");
    sql(database, "CREATE TABLE ORDERS (ID INT PRIMARY KEY, ITEM VARCHAR(20))");
    sql(database, "INSERT INTO ORDERS VALUES (1, 'live')");
    Path staged = staging.resolve("database.sql");
    Files.writeString(
        staged,
        "CREATE TABLE ORDERS (ID INT PRIMARY KEY, ITEM VARCHAR(20));\n"
            + "INSERT INTO ORDERS VALUES (1, 'restored'), (2, 'restored');\n");
    H2DatabaseSwap swap =
        new H2DatabaseSwap("APP/DB", database, staged, staging.resolve("old.sql"));

    swap.replace();
    assertThat(items(database)).containsExactly("restored", "restored");

    swap.putBack();
    assertThat(items(database)).containsExactly("live");
  }

  @Test
  void scriptComponentKeepsAndRestoresThroughItsScript() throws Exception {
    Path data = tree(live.resolve("certs"), "live");
    Path script = live.resolve("certs.sh");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "case \"$1\" in\n"
            + "  backup) cp '"
            + data
            + "/data.txt' \"$2/\" ;;\n"
            + "  restore) cp \"$2/data.txt\" '"
            + data
            + "/' ;;\n"
            + "esac\n");
    script.toFile().setExecutable(true);
    ScriptSwap swap =
        new ScriptSwap(
            "APP/CERTS",
            script.toString(),
            tree(staging.resolve("certs"), "restored"),
            staging.resolve("certs-old"),
            new ActionContext(Map.of(), null, output -> {}),
            Duration.ofMinutes(1));

    swap.replace();
    assertThat(data.resolve("data.txt")).hasContent("restored");

    swap.putBack();
    assertThat(data.resolve("data.txt")).hasContent("live");
  }

  private static Path tree(Path root, String content) throws Exception {
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("data.txt"), content);
    Files.writeString(root.resolve("sub/more.txt"), content + " more");
    return root;
  }

  private static List<String> names(Path directory) throws Exception {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void sql(JdbcDataSource database, String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> items(JdbcDataSource database) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT ITEM FROM ORDERS ORDER BY ID")) {
      List<String> items = new java.util.ArrayList<>();
      while (rows.next()) {
        items.add(rows.getString(1));
      }
      return items;
    }
  }
}
