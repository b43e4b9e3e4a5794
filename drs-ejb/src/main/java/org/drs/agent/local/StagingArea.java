package org.drs.agent.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drs.common.AtomicFile;
import org.drs.common.PrivateFiles;

/**
 * Where restore jobs stage their components: {@code <staging>/job-<id>/<FEATURE>-<COMPONENT>} for
 * what comes from the device, {@code old/} beside them for the data a swap keeps aside. A job's
 * directory is removed when the job ends, or at the next start after a crash, unless it is kept
 * because it holds the only copy of data a restore could not put back.
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
    return PrivateFiles.createDirectories(oldCopies(jobId)).resolve(feature + "-" + component);
  }

  /** The mark of a swap that replaced every component: the restore is done. */
  Path swapped(long jobId) {
    return job(jobId).resolve("swapped");
  }

  /** The components a swap is about to replace, one per line, for recovery after a crash. */
  Path swapPlan(long jobId) {
    return job(jobId).resolve("swap-plan");
  }

  /**
   * Keeps a job's staging area for the administrator, with why: its old copies are the only data as
   * it was before a restore that could not be put back.
   */
  void keep(long jobId, String why) throws IOException {
    AtomicFile.replace(kept(jobId), out -> out.write(why.getBytes(StandardCharsets.UTF_8)));
  }

  /** The mark of a staging area kept for the administrator: nothing removes it but them. */
  Path kept(long jobId) {
    return job(jobId).resolve("KEPT-READ-ME");
  }

  /** Where the old copies of a job's components are kept. */
  Path oldCopies(long jobId) {
    return job(jobId).resolve("old");
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

  /** The mark of a failed swap that put back every component it had replaced. */
  Path putBack(long jobId) {
    return job(jobId).resolve("put-back");
  }

  /**
   * Removes a job's staging area, unless it is {@linkplain #keep kept}, or holds a swap that is
   * proven neither complete (the {@link #swapped} mark) nor put back (the {@link #putBack} mark):
   * then its old copies may be the only data as it was, and the next start puts them back.
   *
   * @return whether it was removed
   */
  boolean discard(long jobId) throws IOException {
    boolean unproven =
        Files.exists(swapPlan(jobId))
            && !Files.exists(swapped(jobId))
            && !Files.exists(putBack(jobId));
    if (Files.exists(kept(jobId)) || unproven) {
      return false;
    }
    FileTrees.delete(job(jobId));
    return true;
  }

  private Path job(long jobId) {
    return root.resolve("job-" + jobId);
  }
}
