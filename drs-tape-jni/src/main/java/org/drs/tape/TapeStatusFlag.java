package org.drs.tape;

import java.util.EnumSet;
import java.util.Set;

/** The general status bits of {@code MTIOCGET} ({@code mt_gstat}, the {@code GMT_*} macros). */
public enum TapeStatusFlag {
  /** Just past a filemark. */
  END_OF_FILE(0x80000000L),
  BEGINNING_OF_TAPE(0x40000000L),
  /** At or past the early warning before the end of the medium. */
  END_OF_TAPE(0x20000000L),
  END_OF_DATA(0x08000000L),
  WRITE_PROTECTED(0x04000000L),
  /** A tape is loaded and the drive is ready. */
  ONLINE(0x01000000L),
  /** No tape in the drive. */
  DOOR_OPEN(0x00040000L);

  private final long mask;

  TapeStatusFlag(long mask) {
    this.mask = mask;
  }

  static Set<TapeStatusFlag> of(long generalStatus) {
    Set<TapeStatusFlag> set = EnumSet.noneOf(TapeStatusFlag.class);
    for (TapeStatusFlag flag : values()) {
      if ((generalStatus & flag.mask) != 0) {
        set.add(flag);
      }
    }
    return set;
  }
}
