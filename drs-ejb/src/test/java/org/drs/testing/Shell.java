package org.drs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/** Runs a shell command as an administrator would, for tests that check tools like tar. */
public final class Shell {

  private Shell() {}

  /**
   * Runs the command with {@code sh -c}; it must end with status 0 and print nothing on standard
   * error (no warnings). Returns its standard output.
   */
  public static String run(String command) throws Exception {
    Process process = new ProcessBuilder("sh", "-c", command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(command + ": " + err).isZero();
    assertThat(err).as(command).isEmpty();
    return out;
  }
}
