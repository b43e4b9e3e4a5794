package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.drs.it.JmxIT.awaitNotification;
import static org.drs.it.JmxIT.invoke;
import static org.drs.it.JmxIT.subscribe;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import org.drs.tape.EmulatedDrive;
import org.drs.testing.TreeSnapshot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tape end to end through the real jobs in the managed WildFly, over JMX. The drive is the one
 * drs-tape-jni's LD_PRELOAD shim emulates on a file: the failsafe execution "tape-tests" preloads
 * it into this test's JVM and, through the environment, into the server it starts, and into no
 * other test.
 */
class TapeIT extends AdminPagesSession {

  private static final String DEVICE = "tape";

  private EmulatedDrive drive;
  private JMXConnector connector;
  private MBeanServerConnection server;
  private List<Notification> received;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeTestFeatures() throws Exception {
    TestFeatures.remove();
  }

  @BeforeEach
  void blankTapeAndDevice() throws Exception {
    drive = EmulatedDrive.withBlankTape();
    connector = JmxIT.connect(TestServer.adminUser(), TestServer.adminPassword());
    server = connector.getMBeanServerConnection();
    received = subscribe(server);
    assertThat((String) invoke(server, "addTapeDevice", DEVICE, drive.device().toString(), 0, true))
        .contains("saved: " + drive.device())
        .contains("online, at the beginning of the tape")
        .contains("The tape is blank");
  }

  @AfterEach
  void disconnect() throws Exception {
    connector.close();
  }

  @Test
  void backsUpTheDemoFeatureToTapeAndRestoresItByteForByte() throws Exception {
    TreeSnapshot before = TreeSnapshot.of(DemoData.files());
    String rows = DemoData.rows();

    String set = backUp("DEMO", "success");

    assertThat((String) invoke(server, "showTapeId", DEVICE))
        .matches("(?s).*Tape DRS-[0-9A-F]{12} holds set " + set + " of server .*")
        .contains("1024 KiB blocks");
    CompositeData[] files = (CompositeData[]) invoke(server, "showBackupFiles", DEVICE);
    assertThat(files).extracting(file -> file.get("setName")).containsExactly(set);
    assertThat(devices.editPage(devices.deviceIds().get(0)))
        .as("the Backup Device page of the tape device")
        .contains("Drive " + drive.device() + ": online")
        .contains("holds set " + set);

    Files.writeString(DemoData.files().resolve("added-after-the-backup.txt"), "new");
    Files.writeString(DemoData.files().resolve("README.txt"), "changed after the backup");
    DemoData.changeDatabase();
    String target = (String) job(set).get("server");
    long restore = (Long) invoke(server, "restore", DEVICE, set, new String[] {"DEMO"}, target);
    awaitNotification(received, "drs.job.success", restore);

    assertThat(TreeSnapshot.of(DemoData.files())).isEqualTo(before);
    assertThat(DemoData.rows()).isEqualTo(rows);
  }

  @Test
  void aFullTapeFailsTheBackupWithADeviceAlarmAndLeavesNoSet() throws Exception {
    drive.capacity(64 * 1024, 16 * 1024);

    String set = backUp("DEMO", "failed");

    assertThat((String) job(set).get("message"))
        .contains("is full")
        .contains("DRS does not span tapes");
    CompositeData[] alarms =
        (CompositeData[]) server.getAttribute(new ObjectName(JmxIT.OBJECT_NAME), "ActiveAlarms");
    assertThat(alarms).extracting(alarm -> alarm.get("name")).contains("CiscoDRFBackupDeviceError");
    assertThat((CompositeData[]) invoke(server, "showBackupFiles", DEVICE)).isEmpty();
    assertThat((String) invoke(server, "showTapeId", DEVICE))
        .contains("holds no complete set (backup " + set + " did not end)");
  }

  @Test
  void aWriteProtectedTapeIsRefusedBeforeAnythingIsWritten() throws Exception {
    String kept = backUp("DEMO", "success");
    drive.writeProtect();

    String refused = backUp("DEMO", "failed");

    assertThat((String) job(refused).get("message")).contains("write-protected");
    assertThat((String) invoke(server, "showTapeId", DEVICE))
        .contains("write-protected")
        .contains("holds set " + kept);
  }

  @Test
  void showTapeIdSaysWhenTheTapeIsBlankForeignOrAbsent() throws Exception {
    assertThat((String) invoke(server, "showTapeId", DEVICE)).contains("The tape is blank");

    Process foreign =
        new ProcessBuilder(
                "dd", "if=/dev/urandom", "of=" + drive.device(), "bs=4k", "count=1", "status=none")
            .redirectErrorStream(true)
            .start();
    assertThat(foreign.waitFor()).isZero();
    assertThat((String) invoke(server, "showTapeId", DEVICE))
        .contains("The tape is not a DRS tape")
        .contains("would overwrite what it holds");

    drive.removeTape();
    assertThat((String) invoke(server, "showTapeId", DEVICE))
        .isEqualTo("No tape in the drive " + drive.device() + ": load one.");
  }

  @Test
  void whileABackupHoldsTheDriveTheTapeIsNotMovedUnderIt() throws Exception {
    TestFeatures.holdSlow();
    try {
      long slow = (Long) invoke(server, "backup", DEVICE, new String[] {"SLOW"});
      JobWaits.await(
          "backup " + slow + " writing SLOW/WAIT",
          () -> {
            CompositeData current =
                (CompositeData)
                    server.getAttribute(new ObjectName(JmxIT.OBJECT_NAME), "CurrentJob");
            return current != null && "SLOW/WAIT".equals(current.get("currentComponent"));
          });
      String set = (String) jobById(slow).get("setName");
      assertThatThrownBy(() -> invoke(server, "showTapeId", DEVICE))
          .hasStackTraceContaining("is in use by backup " + set);
      assertThatThrownBy(() -> invoke(server, "showBackupFiles", DEVICE))
          .hasStackTraceContaining("is in use by backup " + set);
      TestFeatures.releaseSlow();
      awaitNotification(received, "drs.job.success", slow);
    } finally {
      TestFeatures.releaseSlow();
    }
  }

  @Test
  void afterARedeployOfTheEarTheNextBackupReplacesTheTapesSet() throws Exception {
    String first = backUp("DEMO", "success");

    try (ServerModel model = new ServerModel()) {
      model.execute("deployment=drs.ear", "redeploy");
    }
    // A redeploy ends every session: the pages' and JMX's.
    logIn();
    connector.close();
    connector = JmxIT.connect(TestServer.adminUser(), TestServer.adminPassword());
    server = connector.getMBeanServerConnection();
    received = subscribe(server);

    String second = backUp("DEMO", "success");

    assertThat(job(second).get("replacedSet")).isEqualTo(first);
    assertThat((String) invoke(server, "showTapeId", DEVICE)).contains("holds set " + second);
    assertThat(backups.historyPage()).contains("Replaced set " + first + " on the tape.");
  }

  /** Runs a backup of the features to the tape and waits for its result; returns its set. */
  private String backUp(String feature, String result) throws Exception {
    long id = (Long) invoke(server, "backup", DEVICE, new String[] {feature});
    awaitNotification(received, "drs.job." + result, id);
    return (String) jobById(id).get("setName");
  }

  private CompositeData jobById(long id) throws Exception {
    return Arrays.stream((CompositeData[]) invoke(server, "history", "backup"))
        .filter(job -> Long.valueOf(id).equals(job.get("id")))
        .findFirst()
        .orElseThrow();
  }

  private CompositeData job(String set) throws Exception {
    return Arrays.stream((CompositeData[]) invoke(server, "history", "backup"))
        .filter(job -> set.equals(job.get("setName")))
        .findFirst()
        .orElseThrow();
  }
}
