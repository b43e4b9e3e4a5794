/**
 * Tape drives as backup devices, through the tape library of drs-tape-jni: a tape holds one set,
 * laid out as files (label, components, index, manifest), written in variable-block mode. While a
 * backup writes a set, the drive is held for it and everything else that would move the tape is
 * refused by name.
 */
package org.drs.storage.tape;
