package org.drs.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Archives one tree into nothing and prints the outcome: {@link ArchiveWriterTest} runs it in a
 * process that lacks the server's right to read, which a test running as root cannot drop itself.
 */
final class ArchiveToNowhere {

  private ArchiveToNowhere() {}

  public static void main(String[] args) {
    try (ArchiveWriter writer =
        new ArchiveWriter(OutputStream.nullOutputStream(), Compression.NONE, n -> {}, n -> {})) {
      writer.addTree(Path.of(args[0]));
      writer.finish();
      System.out.println("archived");
    } catch (IOException e) {
      System.out.println(e.getMessage());
    }
  }
}
