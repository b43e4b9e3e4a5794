package org.drs.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The benchmark's data set, the same for a given size on every run: about 30% in many small files
 * (1–64 KiB) and 70% in 64 MiB files; log-like text throughout except about a fifth of the bytes,
 * which are random and do not compress. Kept between runs, since generating it takes longer than
 * backing it up.
 */
final class BenchData {

  private static final long LARGE_FILE = 64L << 20;
  private static final String[] LEVELS = {"INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"};
  private static final String[] WORDS = {
    "order", "shipped", "customer", "invoice", "payment", "accepted", "refused", "session",
    "device", "backup", "restore", "component", "schedule", "queue", "message", "retry",
    "timeout", "connection", "database", "commit", "rollback", "cache", "miss", "hit"
  };

  final Path root;
  final long bytes;
  final long randomBytes;
  final long files;

  private BenchData(Path root, long bytes, long randomBytes, long files) {
    this.root = root;
    this.bytes = bytes;
    this.randomBytes = randomBytes;
    this.files = files;
  }

  /** The data set of about {@code size} bytes under the directory, generated if not there yet. */
  static BenchData prepare(Path directory, long size) throws IOException {
    Path root = directory.resolve("data-" + size);
    Path done = directory.resolve("data-" + size + ".done");
    if (!Files.exists(done)) {
      delete(root);
      generate(root, size);
      Files.writeString(done, "generated\n");
    }
    long[] totals = new long[3];
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              file -> {
                long length = file.toFile().length();
                totals[0] += length;
                totals[1] += file.toString().endsWith(".bin") ? length : 0;
                totals[2]++;
              });
    }
    return new BenchData(root, totals[0], totals[1], totals[2]);
  }

  private static void generate(Path root, long size) throws IOException {
    SplittableRandom random = new SplittableRandom(20261125);
    long smallTarget = size * 3 / 10;
    long randomTarget = size / 5;
    long written = 0;
    long randomWritten = 0;
    int index = 0;
    while (written < smallTarget) {
      Path directory = Files.createDirectories(root.resolve("small/d" + (index / 500)));
      long length = 1024 + random.nextLong(63 * 1024);
      boolean binary = index % 5 == 4;
      write(directory.resolve("f" + index + (binary ? ".bin" : ".txt")), length, binary, random);
      written += length;
      randomWritten += binary ? length : 0;
      index++;
    }
    Path large = Files.createDirectories(root.resolve("large"));
    for (int i = 0; written < size; i++) {
      long length = Math.min(LARGE_FILE, size - written);
      boolean binary = randomWritten + length <= randomTarget;
      write(large.resolve("file-" + i + (binary ? ".bin" : ".log")), length, binary, random);
      written += length;
      randomWritten += binary ? length : 0;
    }
  }

  private static void write(Path file, long length, boolean binary, SplittableRandom random)
      throws IOException {
    if (binary) {
      byte[] buffer = new byte[1 << 20];
      try (OutputStream out = Files.newOutputStream(file)) {
        for (long left = length; left > 0; left -= buffer.length) {
          random.nextBytes(buffer);
          out.write(buffer, 0, (int) Math.min(buffer.length, left));
        }
      }
      return;
    }
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
      StringBuilder line = new StringBuilder(160);
      long left = length;
      while (left > 0) {
        line.setLength(0);
        logLine(line, random);
        String text = line.length() > left ? line.substring(0, (int) left) : line.toString();
        out.write(text);
        left -= text.length(); // the lines are ASCII: one byte per character
      }
    }
  }

  private static void logLine(StringBuilder line, SplittableRandom random) {
    line.append("2026-11-")
        .append(10 + random.nextInt(20))
        .append('T')
        .append(10 + random.nextInt(14))
        .append(':')
        .append(10 + random.nextInt(50))
        .append(':')
        .append(10 + random.nextInt(50))
        .append('.')
        .append(100 + random.nextInt(900))
        .append("Z ")
        .append(LEVELS[random.nextInt(LEVELS.length)])
        .append(" [worker-")
        .append(random.nextInt(16))
        .append("] ");
    for (int words = 4 + random.nextInt(6); words > 0; words--) {
      line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    line.append("id=")
        .append(random.nextInt(1_000_000))
        .append(" amount=")
        .append(random.nextInt(100_000) / 100.0)
        .append('\n');
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
