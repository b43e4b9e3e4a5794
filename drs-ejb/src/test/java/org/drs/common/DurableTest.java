package org.drs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableTest {

  @TempDir Path directory;

  @Test
  void renameReplacesTheTargetWithTheFinishedFile() throws Exception {
    Path partial = directory.resolve(".x.partial");
    Path target = directory.resolve("x");
    Files.writeString(target, "old");
    Files.writeString(partial, "new");

    Durable.rename(partial, target);

    assertThat(target).hasContent("new");
    assertThat(partial).doesNotExist();
  }

  @Test
  void filesAndDirectoriesCanBeForced() throws Exception {
    Path file = Files.writeString(directory.resolve("f"), "data");

    Durable.sync(file);
    Durable.sync(directory);
    Durable.createMark(directory.resolve("mark"));

    assertThat(directory.resolve("mark")).exists().isEmptyFile();
  }
}
