package org.drs.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.drs.testing.FidelityTree;
import org.drs.testing.Shell;
import org.drs.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives that GNU tar and bsdtar (through zstd or gzip) extract to exactly the source tree, and
 * that DRS's own reader gives back with the same modes, owners, times, links and hard links.
 */
class ArchiveWriterTest {

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(Compression.class)
  void gnuTarExtractsTheTreeByteForByte(Compression compression) throws Exception {
    Path source = sourceTree();
    Path archive = work.resolve("component" + compression.extension());
    AtomicLong progress = new AtomicLong();

    ArchiveResult result;
    try (OutputStream out = Files.newOutputStream(archive);
        ArchiveWriter writer =
            new ArchiveWriter(out, compression, progress::addAndGet, notice -> {})) {
      writer.addTree(source);
      result = writer.finish();
    }

    assertThat(result.bytes()).isEqualTo(Files.size(archive));
    assertThat(result.sha256()).isEqualTo(sha256(Files.readAllBytes(archive)));
    assertThat(progress.get()).isEqualTo(1_000_000 + "hello".length());
    Path extracted = Files.createDirectories(work.resolve("extracted"));
    Shell.run(decompress(compression) + archive + " | tar -x --same-permissions -C " + extracted);
    assertThat(TreeSnapshot.of(extracted)).isEqualTo(TreeSnapshot.of(source));
  }

  @Test
  void modesOwnersTimesLinksAndHardLinksRoundTripThroughTheReader() throws Exception {
    Path source = fidelityTreeWithAFifo();
    List<String> notices = new ArrayList<>();
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    ArchiveResult written;
    try (ArchiveWriter writer =
        new ArchiveWriter(device, Compression.ZSTD, n -> {}, notices::add)) {
      writer.addTree(source);
      written = writer.finish();
    }
    Path staging = Files.createDirectories(work.resolve("staging"));

    new ArchiveReader(
            staging,
            List.of(source),
            new ArchiveLimits(4096, 1 << 20, 10_000_000, 512, written.contentBytes(), "manifest"),
            n -> {})
        .extract(new ByteArrayInputStream(device.toByteArray()), Compression.ZSTD, written);

    Files.delete(source.resolve("pipe"));
    assertThat(TreeSnapshot.of(staging)).isEqualTo(TreeSnapshot.of(source));
    assertThat(notices).containsExactly("skipped pipe: a FIFO is not archived");
  }

  @Test
  void gnuTarAndBsdtarListTheSameModesWithoutWarnings() throws Exception {
    Path source = fidelityTreeWithAFifo();
    Path archive = work.resolve("fidelity.tar");
    try (OutputStream out = Files.newOutputStream(archive);
        ArchiveWriter writer = new ArchiveWriter(out, Compression.NONE, n -> {}, n -> {})) {
      writer.addTree(source);
      writer.finish();
    }

    String gnu = Shell.run("tar -tvf " + archive + " --numeric-owner");
    String bsd = Shell.run("bsdtar -tvf " + archive + " --numeric-owner");

    assertThat(gnu).doesNotContain("Ignoring", "unknown", "warning");
    assertThat(bsd).doesNotContain("Ignoring", "unknown", "warning");
    assertThat(modes(gnu)).isEqualTo(modes(bsd)).contains("-rw-------", "drwxrwsr-x", "-rwxr-x---");
    assertThat(gnu).contains("65534/65534");
  }

  @Test
  void registeredPathThatIsALinkIsArchivedAsWhatItPointsTo() throws Exception {
    Path release = Files.createDirectories(work.resolve("release-42"));
    Files.writeString(release.resolve("app.jar"), "jar");
    Path current = Files.createSymbolicLink(work.resolve("current"), Path.of("release-42"));
    Path archive = work.resolve("linked.tar");
    try (OutputStream out = Files.newOutputStream(archive);
        ArchiveWriter writer = new ArchiveWriter(out, Compression.NONE, n -> {}, n -> {})) {
      writer.addTree(current);
      writer.finish();
    }

    assertThat(Shell.run("tar -tf " + archive)).isEqualTo("./\napp.jar\n");
  }

  @Test
  void nameThatIsNotUtf8FailsTheComponentAndNamesTheFile() throws Exception {
    Path source = Files.createDirectories(work.resolve("latin1"));
    Shell.run("touch " + source + "/$(printf 'caf\\351')");

    assertThatThrownBy(
            () -> {
              try (ArchiveWriter writer =
                  new ArchiveWriter(
                      OutputStream.nullOutputStream(), Compression.NONE, n -> {}, n -> {})) {
                writer.addTree(source);
              }
            })
        .hasMessageContaining("is not valid UTF-8")
        .hasMessageContaining(source.toString());
  }

  /** An unreadable file or directory fails the component with its name; nothing is skipped. */
  @ParameterizedTest
  @ValueSource(strings = {"secret.key", "private"})
  void entryTheServerCannotReadFailsTheComponentAndNamesIt(String name) throws Exception {
    Path source = Files.createDirectories(work.resolve("unreadable"));
    Files.writeString(source.resolve("readable.txt"), "readable");
    Path unreadable =
        name.contains(".")
            ? Files.writeString(source.resolve(name), "key")
            : Files.createDirectory(source.resolve(name));
    Files.setPosixFilePermissions(unreadable, Set.of());

    String outcome =
        Shell.run(
            withoutReadOverride()
                + Path.of(System.getProperty("java.home"), "bin", "java")
                + " -cp "
                + System.getProperty("java.class.path")
                + " "
                + ArchiveToNowhere.class.getName()
                + " "
                + source);

    assertThat(outcome).contains("the file " + unreadable + " cannot be read by the server");
  }

  /**
   * Root reads every file through two capabilities; a process started without them is refused like
   * the server's own user would be (CI runs the tests as root).
   */
  private static String withoutReadOverride() throws Exception {
    return Shell.run("id -u").strip().equals("0")
        ? "setpriv --bounding-set -dac_override,-dac_read_search "
        : "";
  }

  private Path sourceTree() throws Exception {
    Path source = Files.createDirectories(work.resolve("source"));
    Files.writeString(source.resolve("readme.txt"), "hello");
    byte[] random = new byte[1_000_000];
    new Random(42).nextBytes(random);
    Files.createDirectories(source.resolve("data"));
    Files.write(source.resolve("data/random.bin"), random);
    Files.createFile(source.resolve("data/" + "long-name-".repeat(12) + "é.txt"));
    Files.createDirectories(source.resolve("empty"));
    Files.createSymbolicLink(source.resolve("link"), Path.of("readme.txt"));
    return source;
  }

  /** The shared fidelity tree, and a FIFO (left out, and named). */
  private Path fidelityTreeWithAFifo() throws Exception {
    Path source = FidelityTree.create(work.resolve("fidelity"));
    // Last: setting a FIFO's times would open it, which waits for a writer.
    Shell.run("mkfifo " + source.resolve("pipe"));
    return source;
  }

  /**
   * The mode column of each line of a verbose tar listing, in order; GNU tar marks a hard link with
   * 'h' where bsdtar shows the file type '-'.
   */
  private static List<String> modes(String listing) {
    return listing.lines().map(line -> line.split("\\s+")[0].replaceFirst("^h", "-")).toList();
  }

  private static String decompress(Compression compression) {
    return switch (compression) {
      case ZSTD -> "zstd -dc ";
      case GZIP -> "gzip -dc ";
      case NONE -> "cat ";
    };
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
