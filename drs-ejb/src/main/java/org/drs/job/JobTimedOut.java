package org.drs.job;

/** A running job reached its time-out (CDI event from {@link JobWatchdog}). */
public record JobTimedOut(long jobId) {}
