package org.drs.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The named points where a crash must leave nothing lost, for the crash tests: when the test
 * server's configuration sets {@value #PROPERTY} to a point's name (optionally {@code name:N} for
 * its N-th passage), DRS halts the JVM there, as a power cut would stop it. Tests that must act
 * while a job is at a point (press Cancel Restore during staging) set {@value #HOLD_PROPERTY} to it
 * and {@value #GATE_PROPERTY} to a file: the job waits there until the file exists. Without these
 * properties, which no product configuration sets, reaching a point does nothing.
 */
public final class FaultPoints {

  public static final String PROPERTY = "drs.test.halt-at";
  public static final String HOLD_PROPERTY = "drs.test.hold-at";
  public static final String GATE_PROPERTY = "drs.test.hold-gate";

  /** A restore staged one component; the next is not begun. */
  public static final String COMPONENT_STAGED = "restore-component-staged";

  /** A backup's component file was written, before the next step. */
  public static final String COMPONENT_FILE = "backup-component-file";

  /** A backup's manifest was renamed into place: the set is complete, its end not yet recorded. */
  public static final String MANIFEST_RENAMED = "backup-manifest-renamed";

  /** Retention removed one older set (the N-th passage: the N-th) and may remove more. */
  public static final String RETENTION = "backup-retention";

  /** A backup set is committed and retention done; the job's end is about to be recorded. */
  public static final String BEFORE_END_RECORD = "backup-before-end-record";

  /** A backup's end was recorded; the batch job has not ended yet. */
  public static final String AFTER_END_RECORD = "backup-after-end-record";

  /** A restore's swap replaced one component (the N-th passage: the N-th component). */
  public static final String SWAP_REPLACED = "restore-swap-replaced";

  /** A restore's swap replaced every component and recorded it; old copies are still there. */
  public static final String SWAP_RECORDED = "restore-swap-recorded";

  /** A failed swap put back one component (the N-th passage: the N-th put back). */
  public static final String PUT_BACK = "restore-put-back";

  private static final Logger TRACE = Logger.getLogger(FaultPoints.class.getName());
  private static final Map<String, AtomicInteger> PASSAGES = new ConcurrentHashMap<>();

  private FaultPoints() {}

  /** Halts the JVM if the test configuration names this passage of the point, or holds there. */
  public static void reach(String point) {
    hold(point);
    String haltAt = System.getProperty(PROPERTY);
    if (haltAt == null || !haltAt.startsWith(point)) {
      return;
    }
    int passage = PASSAGES.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
    if (haltAt.equals(point) || haltAt.equals(point + ":" + passage)) {
      TRACE.severe("Fault injection: halting the JVM at " + point + ", passage " + passage);
      Runtime.getRuntime().halt(137);
    }
  }

  /** Waits at the point, two minutes at most, while the test's gate file does not exist. */
  private static void hold(String point) {
    String gate = System.getProperty(GATE_PROPERTY);
    if (!point.equals(System.getProperty(HOLD_PROPERTY)) || gate == null) {
      return;
    }
    TRACE.warning("Fault injection: holding at " + point + " until " + gate + " exists");
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.exists(Path.of(gate)) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
