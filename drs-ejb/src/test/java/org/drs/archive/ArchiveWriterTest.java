package org.drs.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Archives that GNU tar (through zstd or gzip) extracts to exactly the source tree. */
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
        ArchiveWriter writer = new ArchiveWriter(out, compression, progress::addAndGet)) {
      writer.addTree(source);
      result = writer.finish();
    }

    assertThat(result.bytes()).isEqualTo(Files.size(archive));
    assertThat(result.sha256()).isEqualTo(sha256(Files.readAllBytes(archive)));
    assertThat(progress.get()).isEqualTo(1_000_000 + "hello".length());
    Path extracted = Files.createDirectories(work.resolve("extracted"));
    extract(archive, compression, extracted);
    assertThat(extracted.resolve("readme.txt")).hasContent("hello");
    assertThat(Files.readAllBytes(extracted.resolve("data/random.bin")))
        .isEqualTo(Files.readAllBytes(source.resolve("data/random.bin")));
    assertThat(extracted.resolve("data/" + "long-name-".repeat(12) + "é.txt")).exists();
    assertThat(extracted.resolve("empty")).isEmptyDirectory();
    assertThat(Files.readSymbolicLink(extracted.resolve("link"))).isEqualTo(Path.of("readme.txt"));
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

  private static void extract(Path archive, Compression compression, Path into) throws Exception {
    String decompress =
        switch (compression) {
          case ZSTD -> "zstd -dc ";
          case GZIP -> "gzip -dc ";
          case NONE -> "cat ";
        };
    Process tar =
        new ProcessBuilder("sh", "-c", decompress + archive + " | tar -x -C " + into)
            .redirectErrorStream(true)
            .start();
    String output = new String(tar.getInputStream().readAllBytes());
    assertThat(tar.waitFor()).as(output).isZero();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
