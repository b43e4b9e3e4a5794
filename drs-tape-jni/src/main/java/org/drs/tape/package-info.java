/**
 * Tape drives through the Linux SCSI tape driver ({@code st}): {@link org.drs.tape.TapeDrive} opens
 * a non-rewinding device such as {@code /dev/nst0}, moves the tape with {@code MTIOCTOP}, reads its
 * status with {@code MTIOCGET} and {@code MTIOCPOS}, and reads and writes whole blocks from and
 * into direct buffers. The natives live in {@code libdrstape.so}, loaded once per JVM by {@link
 * org.drs.tape.TapeLibrary}; inside WildFly this package and the library are the static module
 * {@code org.drs.tape}, because a deployment's class loader changes at every redeploy and a native
 * library can belong to one class loader only. Every failure is a {@link
 * org.drs.tape.TapeException} whose type says what happened and whose message says it in an
 * administrator's words.
 */
package org.drs.tape;
