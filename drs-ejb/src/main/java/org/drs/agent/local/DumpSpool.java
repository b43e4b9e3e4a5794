package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.archive.ArchiveWriter;

/**
 * Puts a database dump into an archive. A dump's size is unknown until it is written, and a tar
 * entry needs its size up front, so the dump is spooled to an owner-only temporary file first: the
 * one place a backup does not stream.
 */
final class DumpSpool {

  /** Writes a dump into the file it is given. */
  @FunctionalInterface
  interface Dumper {
    void writeTo(Path file) throws IOException, InterruptedException;
  }

  private DumpSpool() {}

  static void add(ArchiveWriter writer, String entryName, Dumper dumper)
      throws IOException, InterruptedException {
    Path dump = Files.createTempFile("drs-dump-", ".tmp");
    try {
      dumper.writeTo(dump);
      writer.addFile(dump, entryName);
    } finally {
      Files.deleteIfExists(dump);
    }
  }
}
