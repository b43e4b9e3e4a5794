package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs DRS starts for components, through real backup jobs: a pre-backup action past its
 * time limit ends the component with its whole process group; a post-backup action that starts a
 * daemon holding its output does not hold the job; a backup action that prints 100 MB leaves its
 * last lines in the job log; and a component script sees only the listed environment, none of
 * WildFly's secrets.
 */
class ChildProcessesIT extends AdminPagesSession {

  /** What DRS passes on, and what the shell running the script sets itself (PWD, SHLVL, _). */
  private static final Set<String> ALLOWED =
      Set.of(
          "PATH",
          "HOME",
          "USER",
          "LOGNAME",
          "LANG",
          "TZ",
          "TMPDIR",
          "PGPASSFILE",
          "DRS_PHASE",
          "DRS_FEATURE",
          "DRS_COMPONENT",
          "DRS_SET",
          "PWD",
          "SHLVL",
          "_");

  @TempDir Path device;

  @Deployment(testable = false)
  static EnterpriseArchive drs() throws IOException {
    Path scripts = Files.createDirectories(scripts());
    Files.createDirectories(scripts.resolve("data"));
    Files.writeString(scripts.resolve("data/kept.txt"), "kept");
    script("sleeps.sh", "sleep 300 & echo $! > '" + scripts.resolve("sleeper.pid") + "'\nwait");
    script(
        "daemon.sh",
        "sleep 300 & echo $! > '"
            + scripts.resolve("daemon.pid")
            + "'\necho application restarted");
    script(
        "loud.sh",
        "yes 'a line of a very talkative backup' | head -c 100000000\necho\n"
            + "echo 'the last line of the loud backup'\necho data > \"$2/data.txt\"");
    script("environment.sh", "env > \"$2/environment.txt\"\nenv > '" + environmentFile() + "'");
    Files.writeString(
        registration(),
        """
        <feature xmlns="urn:drs:registration:1" name="CHILD" version="1.0">
          <component name="SLEEPS">
            <directory path="%1$s/data"/>
            <pre-backup script="%1$s/sleeps.sh" timeout="3"/>
          </component>
        </feature>
        """
            .formatted(scripts));
    Files.writeString(
        registration().resolveSibling("it-children-daemon.xml"),
        """
        <feature xmlns="urn:drs:registration:1" name="DAEMON" version="1.0">
          <component name="FILES">
            <directory path="%1$s/data"/>
            <post-backup script="%1$s/daemon.sh"/>
          </component>
          <component name="LOUD"><script path="%1$s/loud.sh"/></component>
          <component name="ENVIRONMENT"><script path="%1$s/environment.sh"/></component>
        </feature>
        """
            .formatted(scripts));
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeFeatures() throws IOException {
    Files.deleteIfExists(registration());
    Files.deleteIfExists(registration().resolveSibling("it-children-daemon.xml"));
  }

  @Test
  void actionPastItsLimitFailsWithinTheLimitAndLeavesNoProcessOfItsGroup() throws Exception {
    // DRS's own settings are in every set, so the failed component makes the backup PARTIAL.
    long deviceId = backups.localDevice("local", device);
    Instant start = Instant.now();

    long jobId = backups.backUp(deviceId, "CHILD");

    assertThat(backups.awaitEnd(jobId)).isEqualTo("PARTIAL");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3 + 15));
    assertThat(backups.log(jobId))
        .contains("CHILD/SLEEPS FAILED", "the pre-backup script", "did not end within 3 seconds");
    long sleeper = Long.parseLong(Files.readString(scripts().resolve("sleeper.pid")).strip());
    assertThat(ProcessHandle.of(sleeper).filter(ProcessHandle::isAlive))
        .as("the sleep the script started, ended with its group")
        .isEmpty();
  }

  @Test
  void daemonHoldingTheOutputDoesNotHoldTheJobAndScriptsSeeNoSecrets() throws Exception {
    long deviceId = backups.localDevice("local", device);

    long jobId = backups.backUp(deviceId, "DAEMON");

    try {
      assertThat(backups.awaitEnd(jobId)).isEqualTo("SUCCESS");
      long daemon = Long.parseLong(Files.readString(scripts().resolve("daemon.pid")).strip());
      assertThat(ProcessHandle.of(daemon).filter(ProcessHandle::isAlive))
          .as("the daemon the post-backup script started still runs")
          .isPresent();
      String log = backups.log(jobId);
      assertThat(log).contains("application restarted", "the last line of the loud backup");
      assertThat(log.length()).as("only the output's tail").isLessThan(1_000_000);
      Set<String> names =
          Files.readAllLines(environmentFile()).stream()
              .filter(line -> line.contains("="))
              .map(line -> line.substring(0, line.indexOf('=')))
              .collect(Collectors.toSet());
      assertThat(names)
          .contains("DRS_PHASE", "DRS_SET")
          .allMatch(name -> ALLOWED.contains(name) || name.startsWith("LC_"));
    } finally {
      ProcessHandle.of(Long.parseLong(Files.readString(scripts().resolve("daemon.pid")).strip()))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static Path scripts() {
    return TestServer.home().resolve("standalone/data/it-children");
  }

  private static Path environmentFile() {
    return scripts().resolve("environment.txt");
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/it-children.xml");
  }

  private static void script(String name, String body) throws IOException {
    Path script = scripts().resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
