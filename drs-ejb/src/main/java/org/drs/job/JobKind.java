package org.drs.job;

/** What a job does. */
public enum JobKind {
  BACKUP,
  RESTORE
}
