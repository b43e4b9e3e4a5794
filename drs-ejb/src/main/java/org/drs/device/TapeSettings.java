package org.drs.device;

import java.io.Serializable;

/**
 * How a tape device writes: the size of its records, and whether a new set may replace the set the
 * tape holds (the one exception to "nothing overwrites an older set before the new one succeeded",
 * because a tape holds one set; off, a tape that holds anything is refused).
 *
 * @param blockSize bytes per record, a multiple of 1 KiB from {@link #MIN_BLOCK_SIZE} to {@link
 *     #MAX_BLOCK_SIZE}
 */
public record TapeSettings(int blockSize, boolean overwrite) implements Serializable {

  public static final int MIN_BLOCK_SIZE = 1024;
  public static final int MAX_BLOCK_SIZE = 16 * 1024 * 1024;

  /** 1 MiB records, as current tape software writes to keep a drive streaming; overwriting on. */
  public static final TapeSettings DEFAULT = new TapeSettings(1024 * 1024, true);

  /**
   * Settings with the block size given in KiB, as the page, JMX and the command line take it; a
   * size past what an int holds stays past the rules' bound rather than wrap into it.
   */
  public static TapeSettings ofKib(long blockSizeKib, boolean overwrite) {
    return new TapeSettings((int) Math.min(Integer.MAX_VALUE, blockSizeKib * 1024), overwrite);
  }

  /** What is wrong with the block size, or null. */
  String blockSizeProblem() {
    return blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE || blockSize % 1024 != 0
        ? "The tape block size must be a whole number of KiB from 1 KiB to 16384 KiB (16 MiB),"
            + " not "
            + blockSize
            + " bytes: 1024 KiB suits current drives"
        : null;
  }
}
