package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.drs.common.Durable;
import org.drs.common.SymbolicLinks;

/**
 * Swaps a directory by renames in its parent: the live tree becomes {@code <name>.drs-old-<job>}
 * and the staged tree takes its name, so either is complete at every moment. A staged tree on
 * another file system is first copied beside the target, then renamed.
 */
final class DirectorySwap implements ComponentSwap {

  private final String label;
  private final Path target;
  private final Path staged;
  private final Path old;
  private final Path incoming;
  private final Path absent;
  private boolean keptOld;
  private boolean placedNew;

  DirectorySwap(String label, Path target, Path staged, long jobId) throws IOException {
    this.label = label;
    this.target = SymbolicLinks.resolve(target);
    this.staged = staged;
    this.old = target.resolveSibling(target.getFileName() + ".drs-old-" + jobId);
    this.incoming = target.resolveSibling(target.getFileName() + ".drs-new-" + jobId);
    this.absent = target.resolveSibling(target.getFileName() + ".drs-absent-" + jobId);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void replace() throws IOException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      keptOld = true;
    } else {
      // A target that did not exist must not exist after a put-back, even one after a crash.
      Durable.createMark(absent);
    }
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException otherFileSystem) {
      FileTrees.copy(staged, incoming);
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
    }
    Durable.sync(target.getParent());
    placedNew = true;
  }

  @Override
  public void putBack() throws IOException {
    FileTrees.delete(incoming);
    if (placedNew) {
      FileTrees.delete(target);
    }
    if (keptOld) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.deleteIfExists(absent);
  }

  @Override
  public void discardOld() throws IOException {
    FileTrees.delete(old);
    Files.deleteIfExists(absent);
  }

  @Override
  public void putBackAfterCrash() throws IOException {
    FileTrees.delete(incoming);
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      FileTrees.delete(target);
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
    } else if (Files.exists(absent)) {
      FileTrees.delete(target);
    }
    if (Files.isDirectory(target.getParent())) {
      Durable.sync(target.getParent());
    }
    Files.deleteIfExists(absent);
  }
}
