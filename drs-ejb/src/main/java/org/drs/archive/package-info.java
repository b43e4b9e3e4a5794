/**
 * Component archives: standard POSIX tar (pax headers), compressed with zstd by default, written as
 * one stream straight to the device while every byte that reaches it is counted and hashed.
 */
package org.drs.archive;
