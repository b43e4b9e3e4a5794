package org.drs.job;

/**
 * A job started or ended (CDI event, delivered once its record is committed): what JMX turns into a
 * {@code drs.job.<state>} notification.
 *
 * @param state RUNNING when it started, else its result
 */
public record JobStateChanged(long jobId, JobKind kind, JobResult state, String message) {}
