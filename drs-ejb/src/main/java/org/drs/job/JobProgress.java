package org.drs.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes copied so far per component of running jobs, fed by the Local Agent as it streams and read
 * by the status page; kept in memory because it changes many times a second.
 */
@ApplicationScoped
public class JobProgress {

  private final Map<Long, AtomicLong> copiedByComponent = new ConcurrentHashMap<>();

  public void copied(long componentId, long bytes) {
    copiedByComponent.computeIfAbsent(componentId, id -> new AtomicLong()).addAndGet(bytes);
  }

  public long copied(long componentId) {
    AtomicLong copied = copiedByComponent.get(componentId);
    return copied == null ? 0 : copied.get();
  }

  public void forget(Iterable<Long> componentIds) {
    componentIds.forEach(copiedByComponent::remove);
  }
}
