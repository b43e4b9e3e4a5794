package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drs.common.PrivateFiles;

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
    return PrivateFiles.createDirectories(directory);
  }

  Path component(long jobId, String feature, String component) {
    return job(jobId).resolve(feature + "-" + component);
  }

  /** Where the swap keeps a component's replaced data until the whole restore succeeded. */
  Path old(long jobId, String feature, String component) throws IOException {
    return PrivateFiles.createDirectories(job(jobId).resolve("old"))
        .resolve(feature + "-" + component);
  }

  /** The mark of a swap that replaced every component: the restore is done. */
  Path swapped(long jobId) {
    return job(jobId).resolve("swapped");
  }

  /** The components a swap is about to replace, one per line, for recovery after a crash. */
  Path swapPlan(long jobId) {
    return job(jobId).resolve("swap-plan");
  }

  /** The restore jobs that left a staging area: after a crash, the interrupted ones. */
  List<Long> jobs() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> jobs = Files.list(root)) {
      return jobs.map(p -> p.getFileName().toString())
          .filter(name -> name.matches("job-\\d+"))
          .map(name -> Long.valueOf(name.substring("job-".length())))
          .toList();
    }
  }

  void discard(long jobId) throws IOException {
    FileTrees.delete(job(jobId));
  }

  private Path job(long jobId) {
    return root.resolve("job-" + jobId);
  }
}
