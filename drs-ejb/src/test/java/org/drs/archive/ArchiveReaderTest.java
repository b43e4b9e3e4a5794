package org.drs.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveReaderTest {

  @TempDir Path source;
  @TempDir Path staging;

  @ParameterizedTest
  @EnumSource(Compression.class)
  void whatTheWriterArchivedComesBackIdentical(Compression compression) throws Exception {
    Files.createDirectories(source.resolve("conf/empty"));
    Files.writeString(source.resolve("conf/app.properties"), "name=DRS ✓\n");
    Files.write(source.resolve("data.bin"), new byte[300_000]);
    Files.createSymbolicLink(source.resolve("conf/current"), Path.of("app.properties"));
    ByteArrayOutputStream device = new ByteArrayOutputStream();
    ArchiveResult written;
    try (ArchiveWriter writer = new ArchiveWriter(device, compression, n -> {})) {
      writer.addTree(source);
      written = writer.finish();
    }

    long[] read = new long[1];
    new ArchiveReader(staging, n -> read[0] += n)
        .extract(new ByteArrayInputStream(device.toByteArray()), compression, written);

    assertThat(staging.resolve("conf/app.properties")).hasContent("name=DRS ✓\n");
    assertThat(Files.readAllBytes(staging.resolve("data.bin"))).hasSize(300_000);
    assertThat(Files.readSymbolicLink(staging.resolve("conf/current")))
        .isEqualTo(Path.of("app.properties"));
    assertThat(staging.resolve("conf/empty")).isEmptyDirectory();
    assertThat(read[0]).isPositive().isLessThanOrEqualTo(written.bytes());
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
    ArchiveResult written;
    Files.write(source.resolve("big.bin"), new byte[200_000]);
    try (ArchiveWriter writer = new ArchiveWriter(device, Compression.ZSTD, n -> {})) {
      writer.addTree(source);
      written = writer.finish();
    }
    byte[] truncated = Arrays.copyOf(device.toByteArray(), device.size() / 2);

    assertThatThrownBy(
            () ->
                new ArchiveReader(staging, n -> {})
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
    TarArchiveEntry setuid = new TarArchiveEntry("run.sh");
    setuid.setMode(04755);
    assertUnsafe(tar(new Entry(setuid, new byte[0])), "set-user-ID");
    try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
      assertThat(tmp).noneMatch(p -> p.getFileName().toString().equals("planted"));
    }
    assertThat(Path.of("/escape")).doesNotExist();
  }

  @Test
  void pathThroughAnInsideLinkIsRefused() throws Exception {
    Files.createDirectories(staging.resolve("sub"));
    byte[] archive =
        tar(link("alias", "sub", TarConstants.LF_SYMLINK), file("alias/file", "through the link"));

    assertThatThrownBy(() -> extract(archive, recorded(archive)))
        .isInstanceOf(UnsafeArchiveEntryException.class)
        .hasMessageContaining("through the symbolic link alias");
  }

  private void assertUnsafe(byte[] archive, String why) throws IOException {
    assertThatThrownBy(() -> extract(archive, recorded(archive)))
        .isInstanceOf(UnsafeArchiveEntryException.class)
        .hasMessageContaining(why);
  }

  private void extract(byte[] archive, ArchiveResult recorded) throws IOException {
    new ArchiveReader(staging, n -> {})
        .extract(new ByteArrayInputStream(archive), Compression.NONE, recorded);
  }

  private record Entry(TarArchiveEntry header, byte[] content) {}

  private static Entry file(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry header = new TarArchiveEntry(name, true);
    header.setSize(bytes.length);
    return new Entry(header, bytes);
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
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)));
  }
}
