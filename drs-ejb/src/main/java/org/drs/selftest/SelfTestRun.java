package org.drs.selftest;

import java.time.Instant;

/** One execution of the self-test job as the batch job repository records it. */
public record SelfTestRun(long executionId, String status, Instant started, Instant ended) {}
