package org.drs.agent.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #LIMIT} bytes a child process printed, for the job log and messages: a program
 * that prints gigabytes costs DRS no more memory than this.
 */
final class OutputTail {

  static final int LIMIT = 64 * 1024;

  private final byte[] ring = new byte[LIMIT];
  private long written;
  private final List<String> notes = new ArrayList<>();

  synchronized void add(byte[] bytes, int length) {
    int skipped = Math.max(0, length - LIMIT);
    written += skipped;
    for (int i = skipped; i < length; i++) {
      ring[(int) (written++ % LIMIT)] = bytes[i];
    }
  }

  /** A line of DRS's own after the output, e.g. that it was no longer read. */
  synchronized void note(String line) {
    notes.add(line);
  }

  /** The output's last lines (a line cut by the limit is left out), then DRS's notes. */
  synchronized String text() {
    int size = (int) Math.min(written, LIMIT);
    byte[] last = new byte[size];
    for (int i = 0; i < size; i++) {
      last[i] = ring[(int) ((written - size + i) % LIMIT)];
    }
    String text = new String(last, StandardCharsets.UTF_8);
    if (written > LIMIT) {
      int firstLineEnd = text.indexOf('\n');
      text = "…" + (firstLineEnd < 0 ? "" : text.substring(firstLineEnd));
    }
    StringBuilder all = new StringBuilder(text.strip());
    notes.forEach(note -> all.append(all.length() == 0 ? "" : "\n").append(note));
    return all.toString();
  }

  /** ": " and the last line printed, or nothing when it printed nothing. */
  String lastLineOrEmpty() {
    String[] lines = text().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "" : ": " + last;
  }
}
