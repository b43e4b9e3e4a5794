package org.drs.agent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

  @TempDir Path directory;

  @Test
  void environmentHoldsOnlyTheListedVariablesAndTheCallersOwn() throws Exception {
    ChildProcess.Result result =
        ChildProcess.run(
            List.of("env"), Map.of("DRS_PHASE", "backup"), Duration.ofSeconds(30), "env");

    Set<String> names =
        result
            .output()
            .lines()
            .map(line -> line.substring(0, line.indexOf('=')))
            .collect(Collectors.toSet());
    assertThat(names).contains("DRS_PHASE");
    assertThat(names)
        .allMatch(
            name ->
                ChildProcess.INHERITED.contains(name)
                    || name.startsWith("LC_")
                    || name.equals("DRS_PHASE"),
            "only the listed variables");
  }

  @Test
  void programPastItsLimitIsEndedWithItsWholeGroup() throws Exception {
    Path child = directory.resolve("child.pid");
    Instant start = Instant.now();

    assertThatThrownBy(
            () ->
                ChildProcess.run(
                    List.of("sh", "-c", "sleep 300 & echo $! > " + child + "; echo started; wait"),
                    Map.of(),
                    Duration.ofSeconds(2),
                    "the pre-backup script"))
        .isInstanceOf(ChildProcess.TimedOutException.class)
        .hasMessageContaining("the pre-backup script did not end within 2 seconds")
        .hasMessageContaining("started");

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
    long sleeper = Long.parseLong(Files.readString(child).strip());
    assertThat(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive))
        .isNotEqualTo(java.util.Optional.of(true));
  }

  @Test
  void daemonThatKeepsTheOutputOpenIsLeftRunningAndDoesNotHoldTheAction() throws Exception {
    Path child = directory.resolve("daemon.pid");
    Instant start = Instant.now();
    try {
      ChildProcess.Result result =
          ChildProcess.run(
              List.of("sh", "-c", "sleep 300 & echo $! > " + child + "; echo restarted"),
              Map.of(),
              Duration.ofSeconds(60),
              "the post-backup script");

      assertThat(result.exit()).isZero();
      assertThat(result.output()).startsWith("restarted");
      assertThat(Duration.between(start, Instant.now()))
          .isLessThan(ChildProcess.OUTPUT_GRACE.plusSeconds(3));
      long daemon = Long.parseLong(Files.readString(child).strip());
      assertThat(ProcessHandle.of(daemon).map(ProcessHandle::isAlive)).contains(true);
    } finally {
      ProcessHandle.of(Long.parseLong(Files.readString(child).strip()))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void hugeOutputKeepsOnlyItsLastLines() throws Exception {
    ChildProcess.Result result =
        ChildProcess.run(
            List.of("sh", "-c", "yes 'a line of output' | head -c 100000000; echo; echo last line"),
            Map.of(),
            Duration.ofSeconds(120),
            "a script");

    assertThat(result.output()).endsWith("last line").startsWith("…");
    assertThat(result.output().length()).isLessThanOrEqualTo(OutputTail.LIMIT + 1);
  }

  @Test
  void programThatCannotBeStartedSaysSo() {
    assertThatThrownBy(
            () ->
                ChildProcess.run(
                    List.of(directory.resolve("missing.sh").toString()),
                    Map.of(),
                    Duration.ofSeconds(30),
                    "the pre-backup script"))
        .hasMessageContaining("the pre-backup script cannot be started");
  }
}
