package org.drs.job;

/**
 * How a job ended, as the histories show it. PARTIAL: the set was committed but at least one
 * component failed, so only the successful ones can be restored.
 */
public enum JobResult {
  RUNNING,
  SUCCESS,
  PARTIAL,
  FAILED,
  CANCELLED
}
