package org.drs.agent;

/**
 * Progress of one component's transfer: bytes copied since the last report, or a notice for the job
 * log (a FIFO left out, a file that grew while it was archived).
 */
public record ProgressReport(long copiedBytes, String notice) {

  public static ProgressReport copied(long bytes) {
    return new ProgressReport(bytes, null);
  }

  public static ProgressReport noted(String notice) {
    return new ProgressReport(0, notice);
  }
}
