package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault-injection matrix: the server halts its JVM (as a power cut would stop it) at each named
 * crash point of a backup's commit and of a restore's swap, by the test-only system property {@code
 * drs.test.halt-at} given to the server that crashes; the next start must settle the job from what
 * is on disk. After every point: the set is complete and listed with the right result, or absent;
 * the older sets are byte-identical (or removed by retention only); the restored targets are either
 * fully old or fully new; the history is truthful; the lock is free (the next point's job starts);
 * and the WildFly console's batch model shows no execution still running. Each crash's restart is
 * the next point's boot, so the matrix costs one boot per point. The PostgreSQL stage runs only the
 * manifest-rename point and the first swap point.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class CrashPointsRestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";
  private static final String VM_ARGUMENTS =
      "-Xmx1g -ea:org.drs... -Djboss.socket.binding.port-offset=100";
  private static final boolean POSTGRESQL =
      System.getProperty("drs.server.config", "").contains("postgresql");

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  private Path device;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() throws Exception {
    installCrashFeature();
    return TestServer.drsEar();
  }

  @Test
  void everyCrashPointIsSettledAtTheNextStart() throws Exception {
    device = Files.createTempDirectory("drs-crash-device");
    // The first server also makes the three older sets, which pass the manifest point three
    // times: it halts at the fourth passage, in the first backup of the matrix.
    List<String> backupPoints =
        POSTGRESQL
            ? List.of("backup-manifest-renamed:4")
            : List.of(
                "backup-manifest-renamed:4",
                "backup-component-file:1",
                "backup-retention:1",
                "backup-before-end-record",
                "backup-after-end-record");
    // A put-back at the start after a swap's crash passes the put-back point too, so the server
    // that halts there boots after a crash the start finishes instead (the swap had recorded).
    List<String> swapPoints =
        POSTGRESQL
            ? List.of("restore-swap-replaced:1")
            : List.of(
                "restore-swap-replaced:1",
                "restore-swap-recorded",
                "restore-put-back:1",
                "restore-swap-replaced:2");
    List<String> points = new ArrayList<>(backupPoints);
    points.addAll(swapPoints);
    boot(points.get(0));
    deployer.deploy(DEPLOYMENT);
    try {
      long deviceId = keepTwoDevice();
      for (int i = 0; i < 3; i++) {
        BackupPages backups = new BackupPages(new DevicePages());
        assertThat(backups.awaitEnd(backups.backUp(deviceId, "CRASH"))).isEqualTo("SUCCESS");
      }
      for (int i = 0; i < points.size(); i++) {
        String point = points.get(i);
        String next = i + 1 < points.size() ? points.get(i + 1) : null;
        if (point.startsWith("backup-")) {
          crashBackupAt(point, next, deviceId);
        } else {
          crashRestoreAt(point, next, deviceId);
        }
      }
      new DevicePages().deleteAll();
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
      Files.deleteIfExists(registration());
    }
  }

  /**
   * Starts a CRASH backup on the server, which halts at the point, and proves the invariant at the
   * next start, which halts at the next point.
   */
  private void crashBackupAt(String point, String next, long deviceId) throws Exception {
    Map<String, String> before = sets();
    BackupPages backups = new BackupPages(new DevicePages());
    try {
      backups.startBackup(deviceId, "CRASH");
    } catch (IOException haltedBeforeItAnswered) {
      // The job can reach its point before the page's answer is written: the crash itself.
    }
    awaitHalt();
    boot(next);

    BackupPages after = new BackupPages(new DevicePages());
    long jobId = after.newestJobId();
    String result = after.awaitRecordedResult(jobId);
    Map<String, String> now = sets();
    String newSet = newSetPrefix(before, now);
    if (point.startsWith("backup-component-file")) {
      assertThat(result).as(point).isEqualTo("FAILED");
      assertThat(now)
          .as(point + ": nothing of the set is left, older sets as they were")
          .isEqualTo(before);
    } else {
      assertThat(result).as(point).isEqualTo("SUCCESS");
      assertThat(newSet).as(point + ": the new set is listed").isNotNull();
      String older = before.keySet().iterator().next();
      String olderSet = older.substring(0, older.indexOf('_', older.indexOf('_') + 1) + 1);
      assertThat(now.keySet().stream().filter(n -> n.startsWith(newSet)).count())
          .as(point + ": the new set has as many files as an older one")
          .isEqualTo(before.keySet().stream().filter(n -> n.startsWith(olderSet)).count());
      now.forEach(
          (name, sha256) -> {
            if (!name.startsWith(newSet)) {
              assertThat(before).as(point + ": an older set's file").containsEntry(name, sha256);
            }
          });
    }
    assertNoLeftovers(point);
    assertNoBatchExecutionRunning(point);
  }

  /**
   * Backs up CRASH as "new", changes the live data to "old", and starts its restore on the server,
   * which halts at the point; at the next start (halting at the next point) every component holds
   * the old version, or the new one when the swap had recorded that every component was replaced.
   *
   * <p>At the put-back point the last component's swap fails, and the server halts after putting it
   * back; its put-back at the next start then fails too, so DRS cannot prove the restore was
   * undone: the job is FAILED naming the component, and the staging area with the old copies is
   * kept with its KEPT-READ-ME (the test removes it afterwards).
   */
  private void crashRestoreAt(String point, String next, long deviceId) throws Exception {
    boolean putBack = point.startsWith("restore-put-back");
    writeData("new");
    BackupPages backups = new BackupPages(new DevicePages());
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "CRASH"))).isEqualTo("SUCCESS");
    writeData("old");
    if (putBack) {
      Files.writeString(failFlag(), "fail");
    }
    RestorePages restores = new RestorePages();
    restores.summary(deviceId, "CRASH");
    try {
      restores.restore();
    } catch (IOException haltedBeforeItAnswered) {
      // The job can reach its point before the page's answer is written: the crash itself.
    }
    awaitHalt();
    Files.deleteIfExists(failFlag());
    if (putBack) {
      Files.writeString(failPutBackFlag(), "fail");
    }
    boot(next);

    boolean finished = point.startsWith("restore-swap-recorded");
    RestorePages after = new RestorePages();
    assertThat(after.awaitRecordedResult()).as(point).isEqualTo(finished ? "SUCCESS" : "FAILED");
    if (putBack) {
      assertThat(after.historyPage()).contains("could not finish or put back CRASH/C");
      Path kept = keptStagingArea();
      assertThat(kept.resolve("KEPT-READ-ME")).content().contains("CRASH/C", kept.toString());
      assertThat(kept.resolve("old/CRASH-C/data.txt")).hasContent("old");
      Files.delete(failPutBackFlag());
      try (Stream<Path> tree = Files.walk(kept)) {
        tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    for (String component : List.of("a", "b", "c")) {
      assertThat(crashHome().resolve(component + "/data.txt"))
          .as(point + ": component " + component)
          .hasContent(finished ? "new" : "old");
    }
    try (Stream<Path> beside = Files.list(crashHome())) {
      assertThat(beside.map(p -> p.getFileName().toString()))
          .as(point + ": nothing of the swap beside the data")
          .noneMatch(n -> n.contains(".drs-"));
    }
    try (Stream<Path> left = Files.list(TestServer.home().resolve("standalone/data/drs/staging"))) {
      assertThat(left).as(point + ": staging removed").isEmpty();
    }
    assertNoBatchExecutionRunning(point);
  }

  private long keepTwoDevice() throws Exception {
    DevicePages devices = new DevicePages();
    Map<String, String> keepTwo = DevicePages.local("crash", device);
    keepTwo.put("backups-to-store", "2");
    List<Long> before = devices.deviceIds();
    devices.devicePage(null).press("save", true, keepTwo);
    return devices.added(before);
  }

  /** Starts the server; it halts at the crash point when one is given. */
  private void boot(String haltAt) {
    controller.start(
        CONTAINER,
        Map.of(
            "javaVmArguments",
            haltAt == null ? VM_ARGUMENTS : VM_ARGUMENTS + " -Ddrs.test.halt-at=" + haltAt));
  }

  /** Waits until the server halted itself at its crash point, then tells Arquillian it is gone. */
  private void awaitHalt() {
    TestServer.awaitExit();
    controller.kill(CONTAINER);
  }

  /** The files of the complete sets on the device (each set's files, manifest included). */
  private Map<String, String> sets() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(device)) {
      for (Path file : listing.sorted().toList()) {
        files.put(file.getFileName().toString(), BackupSets.sha256(file));
      }
    }
    Set<String> complete =
        files.keySet().stream()
            .filter(n -> n.endsWith("_drfComponent.xml"))
            .map(n -> n.substring(0, n.length() - "drfComponent.xml".length()))
            .collect(Collectors.toSet());
    files.keySet().removeIf(n -> complete.stream().noneMatch(n::startsWith));
    return files;
  }

  /** The prefix of the set that appeared, or null. */
  private static String newSetPrefix(Map<String, String> before, Map<String, String> now) {
    return now.keySet().stream()
        .filter(n -> n.endsWith("_drfComponent.xml") && !before.containsKey(n))
        .map(n -> n.substring(0, n.length() - "drfComponent.xml".length()))
        .findFirst()
        .orElse(null);
  }

  /** No unfinished file, and no file that belongs to no complete set. */
  private void assertNoLeftovers(String point) throws Exception {
    Map<String, String> complete = sets();
    try (Stream<Path> listing = Files.list(device)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .as(point + ": only files of complete sets")
          .allMatch(complete::containsKey);
    }
  }

  private static void assertNoBatchExecutionRunning(String point) throws Exception {
    try (ServerModel server = new ServerModel()) {
      ModelNode ear =
          server.execute(
              "deployment=drs.ear",
              "read-resource",
              "include-runtime",
              "true",
              "recursive",
              "true");
      List<String> running = ServerModel.unfinishedExecutions(ear);
      assertThat(running).as(point + ": executions the console shows running").isEmpty();
    }
  }

  private static void writeData(String content) throws Exception {
    for (String component : List.of("a", "b", "c")) {
      Files.writeString(crashHome().resolve(component + "/data.txt"), content);
    }
  }

  /**
   * Feature CRASH: two directories and a script, so a swap can be halted with one, two or all three
   * replaced; the script's restore of the staged copy fails while {@link #failFlag()} exists, and
   * its restore of the kept copy (a put-back) while {@link #failPutBackFlag()} exists.
   */
  private static void installCrashFeature() throws Exception {
    for (String component : List.of("a", "b", "c")) {
      Files.createDirectories(crashHome().resolve(component));
      Files.writeString(crashHome().resolve(component + "/data.txt"), "new");
    }
    Path script = crashHome().resolve("c.sh");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "case \"$1\" in\n"
            + "  backup) cp '%1$s/c/data.txt' \"$2/\" ;;\n".formatted(crashHome())
            + "  restore) case \"$2\" in */old/*) [ -e '%1$s' ] && exit 1 ;;"
                .formatted(failPutBackFlag())
            + " *) [ -e '%1$s' ] && exit 1 ;; esac\n".formatted(failFlag())
            + "    cp \"$2/data.txt\" '%1$s/c/' ;;\n".formatted(crashHome())
            + "esac\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        registration(),
        """
        <feature xmlns="urn:drs:registration:1" name="CRASH" version="1.0">
          <component name="A"><directory path="%1$s/a"/></component>
          <component name="B"><directory path="%1$s/b"/></component>
          <component name="C"><script path="%2$s"/></component>
        </feature>
        """
            .formatted(crashHome(), script));
  }

  private static Path crashHome() {
    return TestServer.home().resolve("standalone/data/it-crash");
  }

  private static Path failFlag() {
    return crashHome().resolve("fail-staged-restore");
  }

  private static Path failPutBackFlag() {
    return crashHome().resolve("fail-put-back");
  }

  /** The one staging area a restore left, kept for the administrator. */
  private static Path keptStagingArea() throws Exception {
    try (Stream<Path> areas =
        Files.list(TestServer.home().resolve("standalone/data/drs/staging"))) {
      List<Path> all = areas.toList();
      assertThat(all).as("one kept staging area").hasSize(1);
      return all.get(0);
    }
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/it-crash.xml");
  }
}
