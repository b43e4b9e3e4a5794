package org.drs.it;

import static org.drs.it.JmxIT.awaitNotification;
import static org.drs.it.JmxIT.invoke;
import static org.drs.it.JmxIT.subscribe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.remote.JMXConnector;
import org.drs.tape.EmulatedDrive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's tape row: a DRS backup of the data set to the emulated tape (the shim's file on
 * tmpfs) against {@code tar -c | zstd -1 -T0 | dd of=<tape> bs=1M} through the same shim, best of
 * the rounds after a warm-up, as a ratio. It runs in a failsafe execution of its own, so that the
 * shim reaches neither the SFTP benchmark's sshd nor its server. It asserts nothing about speed.
 */
class TapeThroughputBench extends AdminPagesSession {

  private static final String DEVICE = "bench-tape";

  private EmulatedDrive drive;
  private MBeanServerConnection server;
  private List<Notification> received;

  @Deployment(testable = false)
  static EnterpriseArchive drs() throws IOException {
    return BackupThroughputBench.drs();
  }

  @AfterAll
  static void removeFeature() throws IOException {
    BackupThroughputBench.removeFeature();
  }

  @Test
  void backupToTapeAgainstTarZstdDd() throws Exception {
    int rounds = Integer.getInteger("drs.bench.rounds", 3);
    BenchData data =
        BenchData.prepare(BackupThroughputBench.benchDirectory(), BackupThroughputBench.size());
    drive = EmulatedDrive.withBlankTape();
    try (JMXConnector connector =
        JmxIT.connect(TestServer.adminUser(), TestServer.adminPassword())) {
      server = connector.getMBeanServerConnection();
      received = subscribe(server);
      invoke(server, "addTapeDevice", DEVICE, drive.device().toString(), 0, true);

      byHand(data);
      drsBackup();
      List<Duration> byHand = new ArrayList<>();
      List<Duration> drs = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        byHand.add(byHand(data));
        drs.add(drsBackup());
      }

      System.out.println(
          String.join(
              "\n",
              "",
              "DRS backup to tape (the LD_PRELOAD shim's drive on a tmpfs file), best of "
                  + rounds
                  + " rounds after a warm-up",
              String.format(
                  Locale.ROOT,
                  "%-14s %-32s %-26s %s",
                  "tape backup",
                  "by hand (tar|zstd|dd bs=1M)",
                  "DRS job",
                  "ratio"),
              BackupThroughputBench.line("zstd -1", data, byHand, drs, "target >= 0.90"),
              ""));
    }
  }

  /** A blank tape the data set fits on. */
  private void blankTape() throws IOException {
    drive.empty();
    drive.loadBlankTape();
    drive.capacity(1L << 40, 2L << 20);
  }

  private Duration byHand(BenchData data) throws Exception {
    blankTape();
    long start = System.nanoTime();
    Process pipeline =
        new ProcessBuilder(
                "bash",
                "-o",
                "pipefail",
                "-c",
                "tar -c -C '"
                    + data.root
                    + "' . | zstd -1 -T0 -q | dd of='"
                    + drive.device()
                    + "' bs=1M iflag=fullblock status=none")
            .inheritIO()
            .start();
    if (pipeline.waitFor() != 0) {
      throw new IllegalStateException("tar | zstd | dd to the emulated tape failed");
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** A backup through the real job; its duration from the first to the last line of its log. */
  private Duration drsBackup() throws Exception {
    blankTape();
    long id = (Long) invoke(server, "backup", DEVICE, new String[] {"BENCH"});
    awaitNotification(received, "drs.job.success", id);
    return BackupThroughputBench.jobDuration(backups.get("/drs/job-log?job=" + id));
  }
}
