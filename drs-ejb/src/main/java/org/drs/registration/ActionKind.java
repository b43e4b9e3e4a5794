package org.drs.registration;

/** How a component's data is taken and put back. */
public enum ActionKind {
  /** A directory tree, archived as it is and replaced as a whole on restore. */
  DIRECTORY,
  /** A JDBC datasource, dumped in a restorable form of H2 (SCRIPT, restored with RUNSCRIPT). */
  DATABASE,
  /** A PostgreSQL database, dumped by pg_dump (custom format) and restored by pg_restore. */
  POSTGRESQL,
  /** An executable the Local Agent runs: {@code <script> backup <dir>} fills the directory. */
  SCRIPT
}
