package org.drs.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredSet;
import org.drs.testing.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryStorageTest {

  private static final String SET = "2026-11-25-10-00-00";

  @TempDir Path directory;

  @Test
  void validDirectoryPassesAndKeepsNoProbe() throws Exception {
    new LocalDirectoryStorage(directory).validate();

    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void missingDirectoryIsNamed() {
    Path missing = directory.resolve("missing");

    assertThatThrownBy(() -> new LocalDirectoryStorage(missing).validate())
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PATH_MISSING))
        .hasMessageContaining(missing.toString());
  }

  @Test
  void committedSetIsListedWithItsFilesAndReadBack() throws Exception {
    LocalDirectoryStorage storage = new LocalDirectoryStorage(directory);
    write(storage, SET + "_S1_DEMO_FILES.tar", "files");
    write(storage, SET + "_S1_DEMO_DB.tar", "database");

    assertThat(storage.listSets()).isEmpty();
    storage.commitSet(
        List.of(SET + "_S1_DEMO_FILES.tar", SET + "_S1_DEMO_DB.tar"),
        SET + "_S1_drfComponent.xml",
        "<manifest/>".getBytes(StandardCharsets.UTF_8));

    StoredSet set = storage.listSets().get(0);
    assertThat(set.name()).isEqualTo(SET);
    assertThat(set.manifestFile()).isEqualTo(SET + "_S1_drfComponent.xml");
    assertThat(set.files()).hasSize(3);
    assertThat(set.totalBytes()).isEqualTo(5 + 8 + 11);
    try (InputStream in = storage.openFile(set, SET + "_S1_DEMO_DB.tar")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("database");
    }
  }

  /** A FIFO would block the open forever when nothing writes to it; it is refused at once. */
  @Test
  @Timeout(30)
  void fileThatIsNotRegularIsRefusedWithoutWaiting() throws Exception {
    LocalDirectoryStorage storage = new LocalDirectoryStorage(directory);
    Path fifo = directory.resolve(SET + "_S1_DEMO_FILES.tar");
    Shell.run("mkfifo " + fifo);
    Files.createSymbolicLink(directory.resolve(SET + "_S1_DEMO_DB.tar"), Path.of("/etc/passwd"));

    for (String name : List.of(SET + "_S1_DEMO_FILES.tar", SET + "_S1_DEMO_DB.tar")) {
      assertThatThrownBy(() -> storage.openFile(null, name))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is not a regular file")
          .hasMessageContaining(name);
    }
  }

  @Test
  void abortedSetLeavesNothing() throws Exception {
    LocalDirectoryStorage storage = new LocalDirectoryStorage(directory);
    write(storage, SET + "_S1_DEMO_FILES.tar", "files");

    storage.abortSet(List.of(SET + "_S1_DEMO_FILES.tar"));

    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void deletedSetIsGone() throws Exception {
    LocalDirectoryStorage storage = new LocalDirectoryStorage(directory);
    write(storage, SET + "_S1_DEMO_FILES.tar", "files");
    storage.commitSet(
        List.of(SET + "_S1_DEMO_FILES.tar"), SET + "_S1_drfComponent.xml", new byte[0]);

    storage.deleteSet(storage.listSets().get(0));

    assertThat(storage.listSets()).isEmpty();
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void fileNamesThatLeaveTheDirectoryAreRefused() {
    LocalDirectoryStorage storage = new LocalDirectoryStorage(directory);

    assertThatThrownBy(() -> storage.writeFile("../escape.tar"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.writeFile(".hidden"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void write(LocalDirectoryStorage storage, String name, String content)
      throws Exception {
    try (OutputStream out = storage.writeFile(name)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
