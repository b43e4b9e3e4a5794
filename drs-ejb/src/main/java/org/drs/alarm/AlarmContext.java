package org.drs.alarm;

/**
 * Where an alarm arose: the job, server and component it concerns, each absent when it does not
 * apply.
 */
public record AlarmContext(Long jobId, String server, String component) {

  /** An alarm about DRS itself rather than a job. */
  public static AlarmContext none() {
    return new AlarmContext(null, null, null);
  }
}
