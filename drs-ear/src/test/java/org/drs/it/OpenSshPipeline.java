package org.drs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.drs.testing.OpenSshServer;

/**
 * The benchmark's baseline: the same work done by hand with the fastest standard tools, {@code tar
 * | zstd -1 -T0 | tee >(sha256sum) | ssh -c aes128-gcm@openssh.com host 'cat > file'}.
 */
final class OpenSshPipeline {

  static final String CIPHER = "aes128-gcm@openssh.com";

  private final OpenSshServer server;

  OpenSshPipeline(OpenSshServer server) {
    this.server = server;
  }

  /** Runs the pipeline once and returns how long it took, from start to the last byte stored. */
  Duration copy(Path data, boolean compressed, Path hashFile)
      throws IOException, InterruptedException {
    Path target =
        server.writableDirectory().resolve(compressed ? "by-hand.tar.zst" : "by-hand.tar");
    String ssh =
        String.join(
            " ",
            "ssh -c " + CIPHER,
            "-i " + server.privateKeyFile(),
            "-p " + server.port(),
            "-o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null",
            "-o LogLevel=ERROR",
            OpenSshServer.USER + "@" + server.host(),
            "'cat > " + target + "'");
    String pipeline =
        "set -o pipefail; tar -C '"
            + data
            + "' -cf - . "
            + (compressed ? "| zstd -1 -T0 -q " : "")
            + "| tee >(sha256sum > '"
            + hashFile
            + "') | "
            + ssh
            + "; status=$?; wait $!; exit $status";
    long start = System.nanoTime();
    Process process = new ProcessBuilder("bash", "-c", pipeline).inheritIO().start();
    int exit = process.waitFor();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (exit != 0) {
      throw new IOException("the baseline pipeline failed with exit status " + exit);
    }
    Files.delete(target);
    return took;
  }
}
