package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.drs.common.Durable;
import org.drs.common.PrivateFiles;

/**
 * Swaps a script component through its own script: {@code <script> backup <dir>} keeps the live
 * data, {@code <script> restore <dir>} puts the staged data in place, and the same with the kept
 * directory puts the old data back.
 */
final class ScriptSwap implements ComponentSwap {

  private final String label;
  private final String script;
  private final Path staged;
  private final Path old;
  private final ActionContext context;
  private final Duration timeout;

  /**
   * @param timeout the descriptor's timeout of the script, or null
   */
  ScriptSwap(
      String label, String script, Path staged, Path old, ActionContext context, Duration timeout) {
    this.label = label;
    this.script = script;
    this.staged = staged;
    this.old = old;
    this.context = context;
    this.timeout = timeout;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException, InterruptedException {
    // Kept aside first: after a crash, an old directory that exists holds a complete copy.
    Path partial = old.resolveSibling(old.getFileName() + ".partial");
    FileTrees.delete(partial);
    PrivateFiles.createDirectories(partial);
    ActionScript.run(script, "backup", context, partial, context.mainActionLimit(timeout));
    FileTrees.sync(partial);
    Files.move(partial, old, StandardCopyOption.ATOMIC_MOVE);
    Durable.sync(old.getParent());
    ActionScript.run(script, "restore", context, staged, context.mainActionLimit(timeout));
  }

  @Override
  public void putBack() throws IOException, InterruptedException {
    if (Files.isDirectory(old)) {
      ActionScript.run(script, "restore", context, old, ActionContext.putBackLimit(timeout));
    }
  }

  @Override
  public void discardOld() throws IOException {
    FileTrees.delete(old);
  }

  @Override
  public void putBackAfterCrash() throws IOException, InterruptedException {
    putBack();
  }
}
