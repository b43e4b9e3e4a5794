package org.drs.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the steps of the backup or restore being started to the job XML resolver, which JBeret
 * calls inside {@code JobOperator.start} and which cannot see job parameters. Only one job starts
 * at a time (the platform lock), so one slot is enough.
 */
@ApplicationScoped
public class JobSteps {

  /** A step of the job: its id in the job XML and the position of the component it handles. */
  public record Step(String id, int position) {}

  private final AtomicReference<List<Step>> next = new AtomicReference<>(List.of());

  /** One step per component of the job, in order, named after it: {@code <prefix>demo-files}. */
  public static List<Step> forComponents(JobRecord job, String prefix) {
    return job.getComponents().stream()
        .map(
            c ->
                new Step(
                    (prefix + c.getFeature() + "-" + c.getComponent()).toLowerCase(Locale.ROOT),
                    c.getPosition()))
        .toList();
  }

  public void offer(List<Step> steps) {
    next.set(List.copyOf(steps));
  }

  /** The steps of the job being started; none outside a start. */
  public List<Step> pending() {
    return next.get();
  }

  public void clear() {
    next.set(List.of());
  }
}
