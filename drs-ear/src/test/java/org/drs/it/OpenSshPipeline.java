package org.drs.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.drs.testing.OpenSshServer;

/**
 * The benchmark's baselines: the same work done by hand with the fastest standard tools, {@code tar
 * | zstd -1 -T0 | tee >(sha256sum) | ssh -c aes128-gcm@openssh.com host 'cat > file'} for a backup
 * and {@code ssh host 'cat file' | tee >(sha256sum) | zstd -dc | tar -x} for a restore.
 */
final class OpenSshPipeline {

  static final String CIPHER = "aes128-gcm@openssh.com";

  private final OpenSshServer server;

  OpenSshPipeline(OpenSshServer server) {
    this.server = server;
  }

  /** Backs up by hand once and returns how long it took, to the last byte stored. */
  Duration copy(Path data, boolean compressed, Path hashFile)
      throws IOException, InterruptedException {
    Path target =
        server.writableDirectory().resolve(compressed ? "by-hand.tar.zst" : "by-hand.tar");
    Duration took =
        run(
            "tar -C '"
                + data
                + "' -cf - . "
                + (compressed ? "| zstd -1 -T0 -q " : "")
                + "| tee >(sha256sum > '"
                + hashFile
                + "') | "
                + ssh("'cat > " + target + "'"));
    Files.delete(target);
    return took;
  }

  /**
   * Restores by hand once, a zstd tar on the server into an empty directory; returns the time. tar
   * reads through the archive's end-of-file padding, or zstd would die of a broken pipe.
   */
  Duration fetch(Path remoteFile, Path into, Path hashFile)
      throws IOException, InterruptedException {
    Files.createDirectories(into);
    return run(
        ssh("'cat " + remoteFile + "'")
            + " | tee >(sha256sum > '"
            + hashFile
            + "') | zstd -dc -q | tar -x --ignore-zeros -C '"
            + into
            + "'");
  }

  private String ssh(String remoteCommand) {
    return String.join(
        " ",
        "ssh -c " + CIPHER,
        "-i " + server.privateKeyFile(),
        "-p " + server.port(),
        "-o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null",
        "-o LogLevel=ERROR",
        OpenSshServer.USER + "@" + server.host(),
        remoteCommand);
  }

  private static Duration run(String pipeline) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(
                "bash", "-c", "set -o pipefail; " + pipeline + "; status=$?; wait $!; exit $status")
            .inheritIO()
            // ssh forwards its standard input: inherited, it would swallow the commands that
            // failsafe sends its test JVM there, and the run would end "std/in stream corrupted".
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    int exit = process.waitFor();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (exit != 0) {
      throw new IOException("the baseline pipeline failed with exit status " + exit);
    }
    return took;
  }
}
