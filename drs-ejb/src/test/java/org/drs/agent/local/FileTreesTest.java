package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.testing.FidelityTree;
import org.drs.testing.SparseFiles;
import org.drs.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy a swap makes when staging is on another file system gives back what a rename would. */
class FileTreesTest {

  @TempDir Path work;

  @Test
  void copyKeepsModesOwnersTimesLinksAndHardLinks() throws Exception {
    Path source = FidelityTree.create(work.resolve("source"));
    Path copy = work.resolve("copy");

    FileTrees.copy(source, copy);

    assertThat(TreeSnapshot.of(copy)).isEqualTo(TreeSnapshot.of(source));
  }

  /**
   * New files below a set-group-ID directory take its group: a copy placed there must still end
   * with the groups of what was backed up.
   */
  @Test
  void copyKeepsGroupsBelowASetGroupIdParent() throws Exception {
    Path source = FidelityTree.create(work.resolve("source"));
    Path parent = Files.createDirectories(work.resolve("parent"));
    Files.setAttribute(parent, "unix:gid", 65534);
    Files.setAttribute(parent, "unix:mode", 02775);
    Path copy = parent.resolve("copy");

    FileTrees.copy(source, copy);

    assertThat(TreeSnapshot.of(copy)).isEqualTo(TreeSnapshot.of(source));
  }

  @Test
  void copyKeepsHolesAsHoles() throws Exception {
    Path source = Files.createDirectories(work.resolve("source"));
    Path sparse = SparseFiles.create(source.resolve("sparse.img"), 64L << 20);
    Path copy = work.resolve("copy");

    FileTrees.copy(source, copy);

    assertThat(SparseFiles.diskBytes(copy.resolve("sparse.img")))
        .isLessThanOrEqualTo(SparseFiles.diskBytes(sparse));
    assertThat(TreeSnapshot.of(copy)).isEqualTo(TreeSnapshot.of(source));
  }
}
