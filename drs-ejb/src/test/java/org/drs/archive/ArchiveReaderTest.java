package org.drs.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.drs.testing.HostileTar;
import org.drs.testing.SparseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader against archives DRS writes and against archives an attacker or a broken device could
 * present: what it extracts, and that it refuses the rest before anything reaches the disk outside
 * the staging directory, within bounded memory and bytes.
 */
class ArchiveReaderTest {

  @TempDir Path source;
  @TempDir Path staging;
  @TempDir Path outside;

  @ParameterizedTest
  @EnumSource(Compression.class)
  void whatTheWriterArchivedComesBackIdentical(Compression compression) throws Exception {
    Files.createDirectories(source.resolve("conf/empty"));
    Files.writeString(source.resolve("conf/app.properties"), "name=DRS ✓\n");
    Files.write(source.resolve("data.bin"), new byte[300_000]);
    Files.createSymbolicLink(source.resolve("conf/current"), Path.of("app.properties"));
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    ArchiveResult written = write(source, compression, device);

    long[] read = new long[1];
    new ArchiveReader(staging, List.of(), limits(written.contentBytes()), n -> read[0] += n)
        .extract(new ByteArrayInputStream(device.toByteArray()), compression, written);

    assertThat(staging.resolve("conf/app.properties")).hasContent("name=DRS ✓\n");
    assertThat(Files.readAllBytes(staging.resolve("data.bin"))).hasSize(300_000);
    assertThat(Files.readSymbolicLink(staging.resolve("conf/current")))
        .isEqualTo(Path.of("app.properties"));
    assertThat(staging.resolve("conf/empty")).isEmptyDirectory();
    assertThat(read[0]).isPositive().isLessThanOrEqualTo(written.bytes());
  }

  @Test
  void zerosComeBackAsHoles() throws Exception {
    Path sparse = SparseFiles.create(source.resolve("sparse.img"), 64L << 20);
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    ArchiveResult written = write(source, Compression.ZSTD, device);

    new ArchiveReader(staging, List.of(), limits(written.contentBytes()), n -> {})
        .extract(new ByteArrayInputStream(device.toByteArray()), Compression.ZSTD, written);

    Path restored = staging.resolve("sparse.img");
    assertThat(Files.size(restored)).isEqualTo(Files.size(sparse));
    assertThat(SparseFiles.diskBytes(restored))
        .as("disk used by a 64 MiB file of three short runs")
        .isLessThan(1 << 20);
    assertThat(sha256(restored)).isEqualTo(sha256(sparse));
  }

  @Test
  void setIdBitsOfFilesAreClearedAndNamedButASetgidDirectoryStays() throws Exception {
    TarArchiveEntry setuid = new TarArchiveEntry("run.sh");
    setuid.setMode(0104755);
    TarArchiveEntry shared = new TarArchiveEntry("shared/", TarConstants.LF_DIR);
    shared.setMode(042770);
    byte[] archive = tar(new Entry(setuid, new byte[0]), new Entry(shared, new byte[0]));

    List<String> notices = extract(archive, recorded(archive));

    assertThat(mode(staging.resolve("run.sh"))).isEqualTo(0755);
    assertThat(mode(staging.resolve("shared"))).isEqualTo(02770);
    assertThat(notices).anyMatch(n -> n.contains("run.sh") && n.contains("cleared"));
  }

  /** Sets written before DRS archived the component's own directory ("./") have no root entry. */
  @Test
  void setWithoutARootEntryKeepsTheModeTheLiveDirectoryHasNow() throws Exception {
    Path live = Files.createDirectories(outside.resolve("live"));
    Files.setAttribute(live, "unix:mode", 0750);
    byte[] archive = tar(file("a.txt", "old set"));

    new ArchiveReader(staging, List.of(live), limits(0), n -> {})
        .extract(new ByteArrayInputStream(archive), Compression.NONE, recorded(archive));

    assertThat(mode(staging)).isEqualTo(0750);
    assertThat(staging.resolve("a.txt")).hasContent("old set");
  }

  @Test
  void alteredByteIsRefusedAsNotTheRecordedArchive() throws Exception {
    byte[] archive = tar(file("a.txt", "hello"));
    ArchiveResult recorded = recorded(archive);
    archive[600] ^= 1;

    assertThatThrownBy(() -> extract(archive, recorded))
        .isInstanceOf(DamagedArchiveException.class)
        .hasMessageContaining("not the one the backup recorded");
  }

  @Test
  void truncatedArchiveIsRefusedAsDamaged() throws Exception {
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    Files.write(source.resolve("big.bin"), new byte[200_000]);
    ArchiveResult written = write(source, Compression.ZSTD, device);
    byte[] truncated = Arrays.copyOf(device.toByteArray(), device.size() / 2);

    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, List.of(), limits(written.contentBytes()), n -> {})
                    .extract(new ByteArrayInputStream(truncated), Compression.ZSTD, written))
        .isInstanceOf(DamagedArchiveException.class);
  }

  @Test
  void entriesReachingOutsideAreRefusedBeforeAnythingIsWrittenThere() throws Exception {
    assertUnsafe(tar(file("../escape", "x")), "climbs out of the component");
    assertUnsafe(tar(file("/abs", "x")), "absolute name");
    assertUnsafe(
        tar(link("tmp", "/tmp", TarConstants.LF_SYMLINK), file("tmp/planted", "x")),
        "symbolic link pointing outside");
    assertUnsafe(
        tar(link("up", "../..", TarConstants.LF_SYMLINK)), "symbolic link pointing outside");
    assertUnsafe(tar(link("passwd", "/etc/passwd", TarConstants.LF_LINK)), "absolute name");
    assertUnsafe(tar(device("console")), "device file");
    try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
      assertThat(tmp).noneMatch(p -> p.getFileName().toString().equals("planted"));
    }
    assertThat(Path.of("/escape")).doesNotExist();
  }

  @Test
  void linkChainThatLeavesOnlyOnceLaterLinksExistIsRefused() throws Exception {
    // d/l -> x/.. stays in d while x is missing; d/x -> .. then makes it the staging's parent.
    byte[] archive =
        tar(
            directory("d/"),
            link("d/l", "x/..", TarConstants.LF_SYMLINK),
            link("d/x", "..", TarConstants.LF_SYMLINK));

    assertUnsafe(archive, "pointing outside the component through the links beside it");
  }

  @Test
  void linkWhoseTargetGoesThroughAnEarlierLinkOutsideIsRefused() throws Exception {
    // a -> . is harmless; b -> a/a/a/.. resolves through a to the staging's parent.
    byte[] archive =
        tar(
            link("a", ".", TarConstants.LF_SYMLINK),
            link("b", "a/a/../..", TarConstants.LF_SYMLINK));

    assertUnsafe(archive, "symbolic link pointing outside");
  }

  @Test
  void nothingIsWrittenOrChangedThroughALink() throws Exception {
    Path victim = Files.writeString(outside.resolve("victim"), "untouched");
    int victimMode = mode(victim);
    Files.createDirectories(staging.resolve("sub"));
    String absoluteOutside = outside.toString();

    assertUnsafe(
        tar(link("alias", "sub", TarConstants.LF_SYMLINK), file("alias/file", "x")),
        "through the symbolic link alias");
    clearStaging();
    assertUnsafe(
        tar(link("victim", absoluteOutside + "/victim", TarConstants.LF_SYMLINK)),
        "pointing outside");
    clearStaging();
    // A file entry over an earlier link of the same name must not write through it.
    assertUnsafe(
        tar(link("here", "sub", TarConstants.LF_SYMLINK), file("here", "x")), "appears twice");
    clearStaging();
    // A directory entry (a mode change) over an earlier link.
    assertUnsafe(
        tar(link("here", "sub", TarConstants.LF_SYMLINK), directory("here/")),
        "would replace an earlier entry by a directory");
    clearStaging();
    // A link over an earlier directory.
    assertUnsafe(
        tar(directory("here/"), link("here", "sub", TarConstants.LF_SYMLINK)), "appears twice");
    assertThat(victim).hasContent("untouched");
    assertThat(mode(victim)).isEqualTo(victimMode);
  }

  @Test
  void absoluteLinkInsideWhereTheComponentLivesIsKept() throws Exception {
    Path live = Path.of("/opt/app/conf");
    byte[] archive =
        tar(
            file("app.properties", "x"),
            link("current", "/opt/app/conf/app.properties", (byte) '2'));

    new ArchiveReader(staging, List.of(live), limits(0), n -> {})
        .extract(new ByteArrayInputStream(archive), Compression.NONE, recorded(archive));

    assertThat(Files.readSymbolicLink(staging.resolve("current")))
        .isEqualTo(Path.of("/opt/app/conf/app.properties"));
  }

  @Test
  void duplicateFileIsRefused() throws Exception {
    assertUnsafe(tar(file("a", "1"), file("a", "2")), "appears twice");
  }

  @Test
  void hugeLongNameHeaderIsRefusedBeforeItIsRead() throws Exception {
    byte[] archive = HostileTar.headerOnly("././@LongLink", 'L', 8L << 30);

    assertThatThrownBy(() -> extract(archive, recorded(archive)))
        .isInstanceOf(DamagedArchiveException.class)
        .hasMessageContaining("long name of 8589934592 bytes");
  }

  @Test
  void hugePaxHeaderIsRefusedBeforeItIsRead() throws Exception {
    byte[] archive = HostileTar.headerOnly("PaxHeaders/x", 'x', 2L << 30);

    assertThatThrownBy(() -> extract(archive, recorded(archive)))
        .isInstanceOf(DamagedArchiveException.class)
        .hasMessageContaining("pax header of 2147483648 bytes");
  }

  @Test
  void archiveUnpackingPastItsRecordedSizeIsStopped() throws Exception {
    Files.write(source.resolve("zeros"), new byte[4 << 20]);
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    ArchiveResult written = write(source, Compression.ZSTD, device);
    ArchiveResult understated = new ArchiveResult(written.bytes(), written.sha256(), 1 << 20);

    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, List.of(), limits(1 << 20), n -> {})
                    .extract(
                        new ByteArrayInputStream(device.toByteArray()),
                        Compression.ZSTD,
                        understated))
        .isInstanceOf(DamagedArchiveException.class)
        .hasMessageContaining("unpacks to more than");
  }

  @Test
  void deviceSendingPastTheRecordedSizeIsCutOff() throws Exception {
    byte[] archive = tar(file("a.txt", "hello"));
    ArchiveResult recorded = recorded(archive);
    InputStream endless =
        new InputStream() {
          private int position;

          @Override
          public int read() {
            return position < archive.length ? archive[position++] & 0xff : 0;
          }
        };

    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, List.of(), limits(0), n -> {})
                    .extract(endless, Compression.NONE, recorded))
        .isInstanceOf(DamagedArchiveException.class)
        .hasMessageContaining("more than " + archive.length + " bytes");
  }

  @Test
  void tooManyEntriesAndTooDeepPathsAreRefused() throws Exception {
    ArchiveLimits few = new ArchiveLimits(4096, 1 << 20, 2, 3, Long.MAX_VALUE, "test");
    byte[] many = tar(file("a", "1"), file("b", "2"), file("c", "3"));
    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, List.of(), few, n -> {})
                    .extract(new ByteArrayInputStream(many), Compression.NONE, recorded(many)))
        .hasMessageContaining("more entries, more than the limit of 2 entries");
    clearStaging();
    byte[] deep = tar(file("a/b/c/d", "1"));
    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, List.of(), few, n -> {})
                    .extract(new ByteArrayInputStream(deep), Compression.NONE, recorded(deep)))
        .hasMessageContaining("deeper than the limit of 3");
  }

  private void assertUnsafe(byte[] archive, String why) {
    assertThatThrownBy(() -> extract(archive, recorded(archive)))
        .isInstanceOf(UnsafeArchiveEntryException.class)
        .hasMessageContaining(why);
  }

  private List<String> extract(byte[] archive, ArchiveResult recorded) throws IOException {
    return new ArchiveReader(staging, List.of(), limits(0), n -> {})
        .extract(new ByteArrayInputStream(archive), Compression.NONE, recorded);
  }

  private void clearStaging() throws IOException {
    try (Stream<Path> entries = Files.walk(staging)) {
      for (Path entry : entries.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        if (!entry.equals(staging)) {
          Files.delete(entry);
        }
      }
    }
  }

  /** The defaults of configure-drs.cli, and a tar stream of at most the given size (0: any). */
  private static ArchiveLimits limits(long contentBytes) {
    return new ArchiveLimits(
        4096, 1 << 20, 10_000_000, 512, contentBytes > 0 ? contentBytes : Long.MAX_VALUE, "test");
  }

  private static ArchiveResult write(Path tree, Compression compression, ByteArrayOutputStream out)
      throws IOException {
    try (ArchiveWriter writer = new ArchiveWriter(out, compression, n -> {}, n -> {})) {
      writer.addTree(tree);
      return writer.finish();
    }
  }

  private static int mode(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  private record Entry(TarArchiveEntry header, byte[] content) {}

  private static Entry file(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry header = new TarArchiveEntry(name, true);
    header.setSize(bytes.length);
    return new Entry(header, bytes);
  }

  private static Entry directory(String name) {
    return new Entry(new TarArchiveEntry(name, TarConstants.LF_DIR, true), new byte[0]);
  }

  private static Entry link(String name, String target, byte type) {
    TarArchiveEntry header = new TarArchiveEntry(name, type, true);
    header.setLinkName(target);
    return new Entry(header, new byte[0]);
  }

  private static Entry device(String name) {
    TarArchiveEntry header = new TarArchiveEntry(name, TarConstants.LF_CHR, true);
    header.setDevMajor(5);
    header.setDevMinor(1);
    return new Entry(header, new byte[0]);
  }

  /** An archive as a hostile or broken backup could hold it, names kept as given. */
  private static byte[] tar(Entry... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry entry : entries) {
        tar.putArchiveEntry(entry.header());
        tar.write(entry.content());
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private static ArchiveResult recorded(byte[] archive) throws Exception {
    return new ArchiveResult(
        archive.length,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)),
        0);
  }

  /** SHA-256 of a file, read in chunks (the sparse test's file is 64 MiB). */
  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
