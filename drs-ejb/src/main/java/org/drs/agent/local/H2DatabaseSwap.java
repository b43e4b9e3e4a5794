package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.drs.common.Durable;

/**
 * Swaps an H2 database's content: the live content is scripted to a file first, then the database
 * is emptied and the staged script run; putting back runs the kept script the same way.
 */
final class H2DatabaseSwap implements ComponentSwap {

  private final String label;
  private final DataSource dataSource;
  private final Path stagedScript;
  private final Path oldScript;

  H2DatabaseSwap(String label, DataSource dataSource, Path stagedScript, Path oldScript) {
    this.label = label;
    this.dataSource = dataSource;
    this.stagedScript = stagedScript;
    this.oldScript = oldScript;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException {
    // Written aside first: after a crash, an old script that exists is a complete one.
    Path partial = oldScript.resolveSibling(oldScript.getFileName() + ".partial");
    new DatabaseDump(dataSource).writeTo(partial);
    Durable.rename(partial, oldScript);
    load(stagedScript);
  }

  @Override
  public void putBack() throws IOException {
    if (Files.exists(oldScript)) {
      load(oldScript);
    }
  }

  @Override
  public void discardOld() throws IOException {
    Files.deleteIfExists(oldScript);
  }

  @Override
  public void putBackAfterCrash() throws IOException {
    putBack();
  }

  private void load(Path script) throws IOException {
    try (Connection connection = dataSource.getConnection();
        Statement drop = connection.createStatement();
        PreparedStatement run = connection.prepareStatement("RUNSCRIPT FROM ?")) {
      drop.execute("DROP ALL OBJECTS");
      run.setString(1, script.toString());
      run.execute();
    } catch (SQLException e) {
      throw new IOException("loading " + script.getFileName() + " failed: " + e.getMessage(), e);
    }
  }
}
