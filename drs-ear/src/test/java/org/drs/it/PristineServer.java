package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stock WildFly 39 from the same {@code wildfly-dist} as the test server, unpacked apart and
 * never configured by the build: the server an administrator already runs. It starts with its
 * shipped {@code standalone-full.xml} on ports offset by {@value #OFFSET}, beside the test server.
 */
final class PristineServer implements AutoCloseable {

  static final int OFFSET = 300;
  static final int MANAGEMENT_PORT = 9990 + OFFSET;
  static final int HTTP_PORT = 8080 + OFFSET;
  static final String CONTROLLER = "localhost:" + MANAGEMENT_PORT;

  private final Path home;
  private Process process;

  PristineServer() {
    home = Path.of(System.getProperty("drs.pristine.home"));
  }

  Path home() {
    return home;
  }

  Path configuration() {
    return home.resolve("standalone/configuration/standalone-full.xml");
  }

  void start() throws IOException, InterruptedException {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("localhost", MANAGEMENT_PORT), 1000);
      throw new IllegalStateException(
          "Something listens on "
              + CONTROLLER
              + " already: a pristine WildFly left by an earlier run?");
    } catch (IOException free) {
      // Nothing listens there: the port is this server's.
    }
    process =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + OFFSET)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("standalone/console.log").toFile())
            .start();
    Instant deadline = Instant.now().plus(JobWaits.BOUND);
    while (!run(List.of("--command=:read-attribute(name=server-state)"))
        .out()
        .contains("running")) {
      assertThat(process.isAlive())
          .as("the pristine WildFly's process (standalone/console.log says why it ended)")
          .isTrue();
      assertThat(Instant.now()).as("the pristine WildFly started in time").isBefore(deadline);
      Thread.sleep(500);
    }
  }

  /** Runs one management operation or CLI command, which must succeed; returns what it printed. */
  String cli(String command) throws IOException, InterruptedException {
    Run run = run(List.of("--command=" + command));
    assertThat(run.exit()).as(command + ": " + run.out()).isZero();
    return run.out();
  }

  /** The server's configuration as its management model shows it, to compare before and after. */
  String model() throws IOException, InterruptedException {
    return cli(":read-resource(recursive=true)");
  }

  /** Reloads the server when a change needs it, and waits until it runs again. */
  void reloadIfRequired() throws IOException, InterruptedException {
    if (cli(":read-attribute(name=server-state)").contains("reload-required")) {
      cli("reload");
    }
  }

  void stop() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      run(List.of("--command=:shutdown"));
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    stop();
  }

  record Run(int exit, String out) {}

  /** A script of wildfly-config run as an administrator would, with the environment given. */
  static Run script(Map<String, String> environment, String script, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(Path.of(System.getProperty("drs.wildfly-config")).resolve(script).toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(quickJvms());
    builder.environment().putAll(environment);
    return finish(builder.start());
  }

  /**
   * For the test's jboss-cli and add-user JVMs, of which an install and an uninstall start about
   * ten each: a class-data archive of the first one's start, used by the others, and the client
   * compiler alone, which together take a JVM's start from about 2.8 s to 1.8 s on two cores. JVM
   * logging is off, so that no warning mixes with what the scripts read from the CLI. The server
   * itself starts without them.
   */
  private static Map<String, String> quickJvms() {
    Path archive = Path.of(System.getProperty("drs.pristine.home")).resolveSibling("jboss-cli.jsa");
    String classData =
        Files.exists(archive)
            ? "-XX:SharedArchiveFile=" + archive
            : "-XX:ArchiveClassesAtExit=" + archive;
    return Map.of("JAVA_OPTS", classData + " -XX:TieredStopAtLevel=1 -Xlog:disable");
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/jboss-cli.sh").toString());
    command.add("-c");
    command.add("--controller=" + CONTROLLER);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(quickJvms());
    return finish(builder.start());
  }

  private static Run finish(Process process) throws IOException, InterruptedException {
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the process ended").isTrue();
    return new Run(process.exitValue(), out);
  }
}
