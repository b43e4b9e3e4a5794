package org.drs.tape;

import java.util.Collections;
import java.util.Set;

/**
 * The drive's status as {@code MTIOCGET} reports it.
 *
 * @param fileNumber the file the tape is in, counted from 0; -1 when unknown (no tape)
 * @param blockNumber the block within that file; -1 when unknown
 * @param blockSize the block size, 0 in variable-block mode
 * @param density the density code the drive reports
 * @param flags the general status bits that are set
 */
public record TapeStatus(
    int fileNumber, int blockNumber, int blockSize, int density, Set<TapeStatusFlag> flags) {

  public TapeStatus {
    flags = Collections.unmodifiableSet(flags);
  }

  public boolean has(TapeStatusFlag flag) {
    return flags.contains(flag);
  }
}
