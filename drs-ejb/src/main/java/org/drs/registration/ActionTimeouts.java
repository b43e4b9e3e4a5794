package org.drs.registration;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long a component's actions may run, from the descriptor's {@code timeout} attributes (in
 * seconds); null where the descriptor gives none: pre- and post-backup actions then get {@link
 * #DEFAULT_HOOK}, the main action the job's remaining time.
 */
public record ActionTimeouts(Duration preBackup, Duration action, Duration postBackup)
    implements Serializable {

  /** The limit of a pre- or post-backup action whose descriptor gives none. */
  public static final Duration DEFAULT_HOOK = Duration.ofHours(2);

  /** No limit given by the descriptor. */
  public static final ActionTimeouts NONE = new ActionTimeouts(null, null, null);

  public Duration preBackupLimit() {
    return preBackup == null ? DEFAULT_HOOK : preBackup;
  }

  public Duration postBackupLimit() {
    return postBackup == null ? DEFAULT_HOOK : postBackup;
  }
}
