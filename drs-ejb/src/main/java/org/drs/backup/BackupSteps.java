package org.drs.backup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the steps of the backup being started to the job XML resolver, which JBeret calls inside
 * {@code JobOperator.start} and which cannot see job parameters. Only one backup starts at a time
 * (the platform lock), so one slot is enough.
 */
@ApplicationScoped
public class BackupSteps {

  /** A step of the backup job: its id in the job XML and the component position it backs up. */
  public record Step(String id, int position) {}

  private final AtomicReference<List<Step>> next = new AtomicReference<>(List.of());

  public void offer(List<Step> steps) {
    next.set(List.copyOf(steps));
  }

  /** The steps of the backup being started; none outside a start. */
  public List<Step> pending() {
    return next.get();
  }

  public void clear() {
    next.set(List.of());
  }
}
