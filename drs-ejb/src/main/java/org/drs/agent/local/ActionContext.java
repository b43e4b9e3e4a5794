package org.drs.agent.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.drs.registration.ActionTimeouts;

/**
 * What a component's actions run with: the DRS_* variables of their environment, the time the job
 * must end by, and where their output goes (the job log).
 *
 * @param deadline when the job's own time-out falls; null when it has none
 */
record ActionContext(Map<String, String> variables, Instant deadline, Consumer<String> output) {

  /** The context of a component's actions in a job: DRS_FEATURE, DRS_COMPONENT and DRS_SET. */
  static ActionContext of(
      String feature, String component, String set, Instant deadline, Consumer<String> output) {
    return new ActionContext(
        Map.of("DRS_FEATURE", feature, "DRS_COMPONENT", component, "DRS_SET", set),
        deadline,
        output);
  }

  /**
   * The limit of a main action: the descriptor's, but never past the job's remaining time; without
   * either (a put-back at the start after a crash), {@link ActionTimeouts#DEFAULT_HOOK}.
   *
   * @param own the descriptor's timeout, or null
   */
  Duration mainActionLimit(Duration own) {
    Duration remaining =
        deadline == null ? null : Duration.between(Instant.now(), deadline).plusSeconds(1);
    if (remaining == null) {
      return own == null ? ActionTimeouts.DEFAULT_HOOK : own;
    }
    if (remaining.isNegative()) {
      remaining = Duration.ofSeconds(1);
    }
    return own == null || own.compareTo(remaining) > 0 ? remaining : own;
  }

  /**
   * The limit of putting a component back: the descriptor's, or {@link
   * ActionTimeouts#DEFAULT_HOOK}, never the job's remaining time — a put-back near the deadline
   * must not be cut, or the old data would stay half restored.
   *
   * @param own the descriptor's timeout, or null
   */
  static Duration putBackLimit(Duration own) {
    return own == null ? ActionTimeouts.DEFAULT_HOOK : own;
  }
}
