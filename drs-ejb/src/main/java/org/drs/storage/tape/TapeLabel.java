package org.drs.storage.tape;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drs.common.DrsVersion;
import org.drs.storage.SetFileNames;

/**
 * The first file of a DRS tape, written at its beginning whenever a set begins: which tape it is
 * (an ID made once for a blank tape and kept when the tape is written again), when and by which DRS
 * it was written, its block size, and the set and server it holds. It is lines of text, so that
 * {@code dd} and {@code less} show it. Read from a tape, it is data from outside: every value is
 * checked, and anything else makes the tape "not a DRS tape".
 *
 * @param set the set's name, or null once the set was deleted
 */
public record TapeLabel(
    String tapeId, Instant created, String drsVersion, int blockSize, String set, String server) {

  static final String FIRST_LINE = "DRS tape label 1";
  private static final Pattern TAPE_ID = Pattern.compile("DRS-[0-9A-F]{12}");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+-]{1,40}");
  private static final int MAX_BLOCK = 16 * 1024 * 1024;

  /** A new tape's ID, e.g. {@code DRS-3F0A9C41B2E7}. */
  static String newTapeId() {
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    return "DRS-" + HexFormat.of().withUpperCase().formatHex(random);
  }

  byte[] bytes() {
    StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
    text.append("tape-id=").append(tapeId).append('\n');
    text.append("created=").append(created).append('\n');
    text.append("drs-version=").append(drsVersion).append('\n');
    text.append("block-size=").append(blockSize).append('\n');
    if (set != null) {
      text.append("set=").append(set).append('\n');
      text.append("server=").append(server).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The label in a tape's first block; empty when the block is not a DRS label. */
  static Optional<TapeLabel> parse(byte[] block) {
    String text = new String(block, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(FIRST_LINE)) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int equals = lines[i].indexOf('=');
      if (equals > 0
          && values.putIfAbsent(lines[i].substring(0, equals), lines[i].substring(equals + 1))
              != null) {
        return Optional.empty();
      }
    }
    try {
      String tapeId = values.get("tape-id");
      String version = values.get("drs-version");
      int blockSize = Integer.parseInt(values.getOrDefault("block-size", ""));
      String set = values.get("set");
      String server = values.get("server");
      boolean setValid =
          set == null
              ? server == null
              : SetFileNames.isSetName(set) && SetFileNames.isServerName(server);
      if (tapeId == null
          || !TAPE_ID.matcher(tapeId).matches()
          || version == null
          || !VERSION.matcher(version).matches()
          || blockSize < 1
          || blockSize > MAX_BLOCK
          || !setValid) {
        return Optional.empty();
      }
      return Optional.of(
          new TapeLabel(
              tapeId, Instant.parse(values.get("created")), version, blockSize, set, server));
    } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The label this DRS writes now on the tape of that ID, for a set (or, with null, for none). */
  static TapeLabel writtenNow(String tapeId, int blockSize, String set, String server) {
    return new TapeLabel(tapeId, Instant.now(), DrsVersion.current(), blockSize, set, server);
  }
}
