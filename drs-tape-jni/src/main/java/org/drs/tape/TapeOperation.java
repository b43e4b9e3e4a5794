package org.drs.tape;

/**
 * The {@code MTIOCTOP} operations DRS uses. The native side maps each, by its position here, to the
 * driver's operation in a table of the same order; {@code mtioName} names it in messages and lets a
 * test hold the two tables together.
 */
enum TapeOperation {
  REWIND("MTREW"),
  WRITE_FILEMARKS("MTWEOF"),
  FORWARD_SPACE_FILES("MTFSF"),
  BACKWARD_SPACE_FILES("MTBSF"),
  FORWARD_SPACE_RECORDS("MTFSR"),
  BACKWARD_SPACE_RECORDS("MTBSR"),
  SPACE_TO_END_OF_DATA("MTEOM"),
  SET_BLOCK_SIZE("MTSETBLK"),
  OFFLINE("MTOFFL"),
  LOCK("MTLOCK"),
  UNLOCK("MTUNLOCK");

  private final String mtioName;

  TapeOperation(String mtioName) {
    this.mtioName = mtioName;
  }

  String mtioName() {
    return mtioName;
  }
}
