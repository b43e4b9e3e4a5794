/**
 * Tape drive access for the tape storage device: the Java side of the JNI layer that issues Linux
 * MTIO ioctls. The module holds only its build for now; the tape issue brings the drive and its
 * native library.
 */
package org.drs.tape;
