package org.drs.it;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The WildFly the integration tests run against: the server this module's build provisioned with
 * wildfly-config/, on ports offset by 100, and the administrator the build created in it.
 */
final class TestServer {

  static final String HTTP = "http://localhost:8180";
  static final String HTTPS = "https://localhost:8543";
  static final String MANAGEMENT = "http://localhost:10090";
  static final int MANAGEMENT_PORT = 10090;

  /** A management user outside the drs-admin group, created by the build for the tests. */
  static final String OPERATOR = "drs-it-operator";

  private TestServer() {}

  /** The real drs.ear this build assembled. */
  static EnterpriseArchive drsEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("drs.ear")));
  }

  static Path home() {
    return Path.of(System.getProperty("drs.server.home"));
  }

  /** The data of the demo feature's FILES component, as the embedded default installs it. */
  static Path demoFiles() {
    return home().resolve("standalone/data/demo/files");
  }

  /**
   * Kills the test server's JVM at once (SIGKILL), as a power cut would: Arquillian's kill stops
   * WildFly gracefully, which lets running batch steps finish first. Its child processes (component
   * scripts) go with it, as they would in a power cut, so none outlives it into the next test.
   */
  static void killNow() {
    ProcessHandle process = serverProcess();
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    process.onExit().orTimeout(1, TimeUnit.MINUTES).join();
  }

  private static ProcessHandle serverProcess() {
    String server = home().toString();
    List<ProcessHandle> servers =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(line -> line.contains(server) && line.contains("jboss-modules"))
                        .orElse(false))
            .toList();
    if (servers.size() != 1) {
      throw new AssertionError("Expected one test server process, found " + servers);
    }
    return servers.get(0);
  }

  /**
   * Waits until the test server's JVM has exited by itself, e.g. halted at a crash point, as a
   * power cut would end it; its child processes (component scripts) go with it.
   */
  static void awaitExit() {
    ProcessHandle process = serverProcess();
    List<ProcessHandle> children = process.descendants().toList();
    process.onExit().orTimeout(JobWaits.BOUND.toSeconds(), TimeUnit.SECONDS).join();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  static Path logDirectory() {
    return home().resolve("standalone/log");
  }

  static String adminUser() {
    String user = System.getenv("DRS_ADMIN_USER");
    return user == null || user.isBlank() ? "admin" : user;
  }

  static String adminPassword() {
    String password = System.getenv("DRS_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "DRS_ADMIN_PASSWORD is not set: run the tests with '.ci/drs test', which sets it");
    }
    return password;
  }
}
