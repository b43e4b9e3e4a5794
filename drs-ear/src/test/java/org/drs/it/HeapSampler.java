package org.drs.it;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the test server's heap through the management model while a backup runs. Live heap is
 * measured after a forced garbage collection, so only what the backup holds on to counts, not
 * garbage waiting to be collected; that perturbs the server, so it is done in a run that is not
 * timed.
 */
final class HeapSampler implements AutoCloseable {

  private static final String MEMORY = "core-service=platform-mbean/type=memory";

  private final ServerModel server;
  private final boolean collect;
  private final long baseline;
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile IOException failure;

  /**
   * @param collect whether to force a collection before each sample (live heap), or to read the
   *     heap as it is (garbage included)
   */
  HeapSampler(boolean collect) throws IOException {
    this.server = new ServerModel();
    this.collect = collect;
    server.execute(MEMORY, "gc");
    baseline = used();
    peak.set(baseline);
    sampler = new Thread(this::sample, "heap-sampler");
    sampler.start();
  }

  long baselineBytes() {
    return baseline;
  }

  /** The highest heap use seen, minus the use before the backup. */
  long growthBytes() throws IOException {
    if (failure != null) {
      throw failure;
    }
    return peak.get() - baseline;
  }

  long maxBytes() throws IOException {
    return server
        .execute(MEMORY, "read-attribute", "name", "heap-memory-usage")
        .get("max")
        .asLong();
  }

  private void sample() {
    try {
      while (running) {
        if (collect) {
          server.execute(MEMORY, "gc");
        }
        peak.accumulateAndGet(used(), Math::max);
        Thread.sleep(collect ? 500 : 100);
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long used() throws IOException {
    return server
        .execute(MEMORY, "read-attribute", "name", "heap-memory-usage")
        .get("used")
        .asLong();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    running = false;
    sampler.join();
    server.close();
  }
}
