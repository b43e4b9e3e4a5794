package org.drs.job;

/**
 * Where a request to DRS came from, so that jobs, logs and the audit trail say it: the pages, a
 * schedule's timer, JMX (the {@code drs} command line goes through JMX too), or a Local Agent.
 */
public enum Origin {
  PAGE,
  SCHEDULE,
  JMX,
  AGENT;

  /** Who asked, as jobs and logs name them: "user admin" on a page, "user admin (JMX)". */
  public String requester(String user) {
    String named = "user " + user;
    return this == PAGE ? named : named + " (" + name() + ")";
  }
}
