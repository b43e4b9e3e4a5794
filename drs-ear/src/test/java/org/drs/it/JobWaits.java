package org.drs.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * How the tests wait for jobs: for a condition, polled at a short interval, never longer than the
 * condition takes, and never without a bound. The bound is generous (a loaded two-core machine),
 * since reaching it means a failure, not a slower pass.
 */
final class JobWaits {

  static final Duration BOUND = Duration.ofMinutes(3);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Pattern NEWEST_RESULT =
      Pattern.compile("class=\"history-result\">([A-Z]+)<");

  private JobWaits() {}

  static void await(String what, Callable<Boolean> condition) {
    Awaitility.await(what).atMost(BOUND).pollInterval(POLL).ignoreExceptions().until(condition);
  }

  /** Waits until the result the supplier reads is one of an ended job, and returns it. */
  static String awaitResult(String what, Callable<String> result) {
    return Awaitility.await(what)
        .atMost(BOUND)
        .pollInterval(POLL)
        .ignoreExceptions()
        .until(result, r -> !"RUNNING".equals(r));
  }

  /** The result in the newest row of a history page, RUNNING when there is none yet. */
  static String newestResult(String historyPage) {
    Matcher result = NEWEST_RESULT.matcher(historyPage);
    return result.find() ? result.group(1) : "RUNNING";
  }

  /** The result in the history row of one job, whose log link names its id. */
  static String resultOf(long jobId, String historyPage) {
    Matcher row =
        Pattern.compile(
                "job-log\\?job=" + jobId + "\".*?class=\"history-result\">([A-Z]+)<",
                Pattern.DOTALL)
            .matcher(historyPage);
    if (!row.find()) {
      throw new AssertionError("No row for job " + jobId + " in: " + historyPage);
    }
    return row.group(1);
  }
}
