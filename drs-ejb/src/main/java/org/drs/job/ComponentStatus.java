package org.drs.job;

/** Where one component of a job stands. */
public enum ComponentStatus {
  PENDING,
  RUNNING,
  SUCCESS,
  FAILED
}
