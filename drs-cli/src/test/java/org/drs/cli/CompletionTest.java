package org.drs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bash completion script, sourced into a real bash as an administrator's shell would. */
class CompletionTest {

  private static final Path SCRIPT = Path.of("src/main/sh/drs-completion.bash");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "drs sh                  | show_backupfiles show_registration show_tapeid",
        "drs --json dev          | device",
        "drs --user admin st     | status",
        "drs device ''           | list add delete",
        "drs history r           | restore",
        "drs status --w          | --watch",
        "drs device add nas --tr | --trust",
        "drs device add nas --compression g | gzip"
      })
  void completesCommandsSubCommandsAndOptions(String line, String expected) throws Exception {
    String script =
        "source '"
            + SCRIPT.toAbsolutePath()
            + "'; COMP_WORDS=("
            + line
            + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _drs; echo \"${COMPREPLY[*]}\"";
    Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo(expected.strip());
  }
}
