package org.drs.job;

/** Why a running job was asked to end before its last step. */
public enum EndRequest {
  /** An administrator pressed Cancel Backup or Cancel Restore: the job ends CANCELLED. */
  CANCEL,
  /** The job ran past its time-out: it ends FAILED. */
  TIMEOUT
}
