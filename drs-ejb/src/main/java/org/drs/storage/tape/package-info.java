/**
 * Tape drives as backup devices. For now only the check DRS makes when a tape device is saved: the
 * device node exists and is a character device. Reading and writing sets on tape, and asking the
 * drive for its status, come with the tape driver (drs-tape-jni).
 */
package org.drs.storage.tape;
