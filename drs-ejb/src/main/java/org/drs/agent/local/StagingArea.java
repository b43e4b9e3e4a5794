package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where restore jobs stage their components: {@code <staging>/job-<id>/<FEATURE>-<COMPONENT>} for
 * what comes from the device, {@code old/} beside them for the data a swap keeps aside. A job's
 * directory is removed when the job ends, or at the next start after a crash.
 */
final class StagingArea {

  private final Path root;

  StagingArea(Path root) {
    this.root = root;
  }

  /** The empty directory a component is extracted into; what an earlier attempt left is removed. */
  Path freshComponent(long jobId, String feature, String component) throws IOException {
    Path directory = component(jobId, feature, component);
    FileTrees.delete(directory);
    return Files.createDirectories(directory);
  }

  Path component(long jobId, String feature, String component) {
    return job(jobId).resolve(feature + "-" + component);
  }

  /** Where the swap keeps a component's replaced data until the whole restore succeeded. */
  Path old(long jobId, String feature, String component) throws IOException {
    return Files.createDirectories(job(jobId).resolve("old")).resolve(feature + "-" + component);
  }

  void discard(long jobId) throws IOException {
    FileTrees.delete(job(jobId));
  }

  private Path job(long jobId) {
    return root.resolve("job-" + jobId);
  }
}
