package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code drs} launcher run as a process against the managed server: every command with
 * {@code --json} parsed for its fields, and each exit code — 0 success, 2 usage, 3 refused, 4
 * partial, 5 login refused or unreachable, 6 cancelled.
 */
class CliIT extends AdminPagesSession {

  @TempDir Path device;
  @TempDir Path home;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeTestFeatures() throws Exception {
    TestFeatures.remove();
  }

  record Run(int exit, String out, String err) {}

  @Test
  void everyCommandWithJsonAndTheExitCodes() throws Exception {
    backups.localDevice("cli", device);

    Run list = cli("--json", "device", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("\"schemaVersion\":1", "\"name\":\"cli\"", "\"type\":");

    Run backup = cli("backup", "cli", "DEMO", "--wait", "--json");
    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("\"result\":\"SUCCESS\"", "(JMX)");

    Run files = cli("--json", "show_backupfiles", "cli");
    assertThat(files.exit()).isZero();
    String set = field(files.out(), "setName");
    Run table = cli("show_backupfiles", "cli");
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("setName")
        .contains("bytes");

    Run history = cli("--json", "history", "backup");
    assertThat(history.out()).contains("\"setName\":\"" + set + "\"", "(JMX)");
    Run status = cli("status", "--json");
    assertThat(status.out()).contains("\"kind\":\"BACKUP\"", "\"result\":\"SUCCESS\"");
    String server = field(status.out(), "server");

    assertThat(cli("--json", "estimate_size", "DEMO").out()).containsPattern("\"bytes\":[1-9]");
    assertThat(cli("--json", "show_registration", server).out()).contains("DEMO");
    Run schedules = cli("--json", "schedule", "list");
    assertThat(schedules.out()).as(schedules.err()).contains("\"name\":\"default\"");
    Run tape = cli("show_tapeid", "cli");
    assertThat(tape.exit()).isEqualTo(3);
    assertThat(tape.err()).contains("not a tape device");
    // A tape device is validated by asking the drive for its status: /dev/null answers ENOTTY.
    Run notATape = cli("device", "add", "cli-tape", "--tape", "/dev/null", "--block-size", "256");
    assertThat(notATape.exit()).isEqualTo(3);
    assertThat(notATape.err()).contains("/dev/null is not a tape device", "/dev/nst0");

    Run restore = cli("restore", "cli", set, "DEMO", server, "--yes", "--wait", "--json");
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("\"kind\":\"RESTORE\"", "\"result\":\"SUCCESS\"");
    Run notConfirmed = cli("restore", "cli", set, "DEMO", server);
    assertThat(notConfirmed.exit()).isEqualTo(3);
    assertThat(notConfirmed.err()).contains("DEMO/FILES", "overwrites", "not confirmed");

    Run partial = cli("backup", "cli", "IT", "--wait");
    assertThat(partial.exit()).isEqualTo(4);

    Run usage = cli();
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(cli("frobnicate").err()).contains("unknown command frobnicate");
    Run refused = cli("backup", "nosuch", "DEMO");
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err()).contains("There is no backup device named 'nosuch'");
    Run traversal = cli("restore", "cli", "../../etc", "DEMO", server, "--yes");
    assertThat(traversal.exit()).isEqualTo(3);
    assertThat(traversal.err()).contains("has no backup set '../../etc'");

    Map<String, String> wrongPassword = environment();
    wrongPassword.put("DRS_PASSWORD", "not the password");
    assertThat(cli(wrongPassword, "status").exit()).isEqualTo(5);
    Map<String, String> nowhere = environment();
    nowhere.put("DRS_URL", "service:jmx:remote+http://localhost:1");
    Run unreachable = cli(nowhere, "status");
    assertThat(unreachable.exit()).isEqualTo(5);
    assertThat(unreachable.err()).startsWith("drs: cannot log in to DRS at");
  }

  @Test
  void cancelledBackupEndsTheWaitingCommandWithSix() throws Exception {
    backups.localDevice("cli", device);
    TestFeatures.holdSlow();
    Process waiting = start(environment(), "backup", "cli", "SLOW", "--wait");
    try {
      // The launcher's JVM starts the job a moment later: wait for it to be the newest.
      JobWaits.await(
          "the SLOW backup the launcher started to reach SLOW/WAIT",
          () -> backups.log(backups.newestJobId()).contains("SLOW/WAIT started"));
      assertThat(cli("cancel_backup").exit()).isZero();
    } finally {
      TestFeatures.releaseSlow();
    }
    assertThat(waiting.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(waiting.exitValue()).isEqualTo(6);
  }

  @Test
  void sftpDeviceAddedByTheCommandLineLeavesItsPasswordNowhere() throws Exception {
    List<String> seen = new ArrayList<>();
    try (OpenSshServer sftp = new OpenSshServer();
        JMXConnector jmx = JmxIT.connect(TestServer.adminUser(), TestServer.adminPassword())) {
      ObjectName drs = new ObjectName("org.drs:type=DisasterRecovery");
      List<Notification> notifications = new CopyOnWriteArrayList<>();
      jmx.getMBeanServerConnection()
          .addNotificationListener(drs, (n, h) -> notifications.add(n), null, null);
      String location = OpenSshServer.USER + "@" + sftp.host() + ":" + sftp.writableDirectory();
      String port = String.valueOf(sftp.port());
      Path passwordFile = home.resolve("sftp-password");
      Files.writeString(passwordFile, sftp.password() + "\n");
      Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));

      String[] addNas = {
        "device",
        "add",
        "nas",
        "--sftp",
        location,
        "--port",
        port,
        "--password-file",
        passwordFile.toString()
      };
      try {
        Run readable = cli(addNas);
        assertThat(readable.exit()).isEqualTo(2);
        assertThat(readable.err()).contains("chmod 600 " + passwordFile);

        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Run untrusted = cli(addNas);
        assertThat(untrusted.exit()).isEqualTo(3);
        assertThat(untrusted.err()).contains("--trust " + sftp.hostKeyFingerprint());

        Run added =
            cli(
                Stream.concat(
                        Stream.of(addNas),
                        Stream.of("--json", "--trust", sftp.hostKeyFingerprint(), "--keep", "2"))
                    .toArray(String[]::new));
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("saved");
        Map<String, String> withPassword = environment();
        withPassword.put("DRS_DEVICE_PASSWORD", sftp.password());
        Run fromEnvironment =
            cli(
                withPassword,
                "device",
                "add",
                "nas2",
                "--sftp",
                location,
                "--port",
                port,
                "--trust",
                sftp.hostKeyFingerprint(),
                "--compression",
                "gzip");
        assertThat(fromEnvironment.exit()).as(fromEnvironment.err()).isZero();
        Run local = cli("device", "add", "here", "--local", device.toString());
        assertThat(local.exit()).as(local.err()).isZero();
        Run noPassword = cli("device", "add", "nas3", "--sftp", location, "--port", port);
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("DRS_DEVICE_PASSWORD");

        Run backup = cli("backup", "nas", "DEMO", "--wait");
        assertThat(backup.exit()).as(backup.err()).isZero();
        Run devices = cli("device", "list");
        assertThat(devices.out()).contains("nas2", "here", sftp.host());
        for (Run run :
            List.of(
                readable,
                untrusted,
                added,
                fromEnvironment,
                local,
                noPassword,
                backup,
                devices,
                cli("--json", "history", "backup"),
                cli("--json", "status"))) {
          seen.add(run.out());
          seen.add(run.err());
        }
        assertThat(cli("device", "delete", "nas2").exit()).isZero();
        for (Notification notification : notifications) {
          seen.add(
              notification.getType()
                  + " "
                  + notification.getMessage()
                  + " "
                  + notification.getUserData());
        }
        assertThat(notifications).isNotEmpty();
        try (Stream<Path> logs = Files.walk(TestServer.logDirectory())) {
          for (Path log : logs.filter(Files::isRegularFile).toList()) {
            seen.add(log + ": " + Files.readString(log, StandardCharsets.ISO_8859_1));
          }
        }
        assertThat(seen).noneMatch(text -> text.contains(sftp.password()));
      } finally {
        // The server is shared by the whole suite: no device of this test outlives it.
        for (String name : List.of("nas", "nas2", "here")) {
          cli("device", "delete", name);
        }
      }
    }
  }

  @Test
  void statusWatchDrawsAProgressBarOnATerminal() throws Exception {
    backups.localDevice("cli", device);
    TestFeatures.holdSlow();
    StringBuilder screen = new StringBuilder();
    Process watch;
    try {
      Run started = cli("backup", "cli", "SLOW");
      assertThat(started.exit()).as(started.err()).isZero();
      installLauncher();
      // script(1) gives the command a pseudo-terminal, as an administrator's shell would.
      ProcessBuilder builder =
          new ProcessBuilder(
              "script", "-qefc", home.resolve("bin/drs") + " status --watch", "/dev/null");
      builder.environment().clear();
      builder.environment().putAll(environment());
      builder.redirectErrorStream(true);
      watch = builder.start();
      Thread reader = new Thread(() -> copy(watch, screen));
      reader.start();
      JobWaits.await(
          "a progress bar on the terminal",
          () -> {
            synchronized (screen) {
              return screen.toString().contains("SLOW/WAIT") && screen.toString().contains("%");
            }
          });
    } finally {
      TestFeatures.releaseSlow();
    }
    assertThat(watch.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(watch.exitValue()).isZero();
    String text;
    synchronized (screen) {
      text = screen.toString();
    }
    assertThat(text)
        .containsPattern("BACKUP \\S+ \\[[#.]{20}\\] +\\d+%  SLOW/WAIT  ")
        .contains("/s", "result: SUCCESS");
  }

  private static void copy(Process process, StringBuilder screen) {
    try (var in = process.getInputStream()) {
      byte[] buffer = new byte[4096];
      for (int read; (read = in.read(buffer)) > 0; ) {
        synchronized (screen) {
          screen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      synchronized (screen) {
        screen.append("\n(reading the terminal failed: ").append(e).append(')');
      }
    }
  }

  private Run cli(String... arguments) throws Exception {
    return cli(environment(), arguments);
  }

  private Run cli(Map<String, String> environment, String... arguments) throws Exception {
    Process process = start(environment, arguments);
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), out, err);
  }

  /** The launcher as the README's first command installs it: drs and drs-cli.jar side by side. */
  private Process start(Map<String, String> environment, String... arguments) throws IOException {
    installLauncher();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/drs").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    return builder.start();
  }

  private void installLauncher() throws IOException {
    Path bin = home.resolve("bin");
    if (!Files.exists(bin.resolve("drs"))) {
      Files.createDirectories(bin);
      Path module = Path.of(System.getProperty("drs.cli.module"));
      Files.copy(
          module.resolve("src/main/sh/drs"),
          bin.resolve("drs"),
          StandardCopyOption.COPY_ATTRIBUTES);
      Files.copy(module.resolve("target/drs-cli.jar"), bin.resolve("drs-cli.jar"));
    }
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", System.getenv("PATH"));
    environment.put("HOME", home.toString());
    environment.put("DRS_WILDFLY_HOME", TestServer.home().toString());
    environment.put("DRS_URL", "service:jmx:remote+http://localhost:" + TestServer.MANAGEMENT_PORT);
    environment.put("DRS_USER", TestServer.adminUser());
    environment.put("DRS_PASSWORD", TestServer.adminPassword());
    return environment;
  }

  /** The first string value of a field in a JSON answer. */
  private static String field(String json, String name) {
    String marker = "\"" + name + "\":\"";
    int start = json.indexOf(marker);
    assertThat(start).as(name + " in " + json).isNotNegative();
    start += marker.length();
    return json.substring(start, json.indexOf('"', start));
  }
}
