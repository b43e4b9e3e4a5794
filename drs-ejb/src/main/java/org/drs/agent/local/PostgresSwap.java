package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.common.Durable;

/**
 * Swaps a PostgreSQL database's content: pg_dump keeps the live content, then pg_restore replaces
 * it with the staged dump in one transaction; putting back restores the kept dump the same way.
 */
final class PostgresSwap implements ComponentSwap {

  private final String label;
  private final PostgresDump database;
  private final PostgresDump puttingBack;
  private final Path stagedDump;
  private final Path oldDump;

  /**
   * @param database the database with the limits of the swap
   * @param puttingBack the same database with the limit of putting it back
   */
  PostgresSwap(
      String label,
      PostgresDump database,
      PostgresDump puttingBack,
      Path stagedDump,
      Path oldDump) {
    this.label = label;
    this.database = database;
    this.puttingBack = puttingBack;
    this.stagedDump = stagedDump;
    this.oldDump = oldDump;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException, InterruptedException {
    // Written aside first: after a crash, an old dump that exists is a complete one.
    Path partial = oldDump.resolveSibling(oldDump.getFileName() + ".partial");
    database.writeTo(partial);
    Durable.rename(partial, oldDump);
    database.restoreFrom(stagedDump);
  }

  @Override
  public void putBack() throws IOException, InterruptedException {
    if (Files.exists(oldDump)) {
      puttingBack.restoreFrom(oldDump);
    }
  }

  @Override
  public void discardOld() throws IOException {
    Files.deleteIfExists(oldDump);
  }

  @Override
  public void putBackAfterCrash() throws IOException, InterruptedException {
    putBack();
  }
}
