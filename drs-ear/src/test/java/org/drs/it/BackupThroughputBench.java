package org.drs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The throughput benchmark (not a test: {@code .ci/drs bench}, never part of {@code .ci/drs test}).
 * Backs up a generated data set through the real batch job to OpenSSH on 127.0.0.1, then restores
 * it through the Restore Wizard's real job, and in the same run does the same work by hand with
 * {@code tar | zstd -1 -T0 | ssh} and {@code ssh | zstd -d | tar -x}; prints the throughputs, their
 * ratios and the server's heap growth. It asserts nothing about speed.
 */
class BackupThroughputBench extends AdminPagesSession {

  private static final long MIB = 1L << 20;

  @Deployment(testable = false)
  static EnterpriseArchive drs() throws IOException {
    Files.createDirectories(registration().getParent());
    Files.writeString(
        registration(),
        """
        <feature xmlns="urn:drs:registration:1" name="BENCH" version="1.0">
          <component name="DATA"><directory path="%s"/></component>
        </feature>
        """
            .formatted(dataDirectory()));
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeFeature() throws IOException {
    Files.deleteIfExists(registration());
  }

  @Test
  void backupThroughputAgainstOpenSsh() throws Exception {
    int rounds = Integer.getInteger("drs.bench.rounds", 3);
    BenchData data = BenchData.prepare(benchDirectory(), size());
    Path hash = benchDirectory().resolve("by-hand.sha256");
    try (OpenSshServer ssh = new OpenSshServer(true)) {
      OpenSshPipeline byHand = new OpenSshPipeline(ssh);
      long zstdDevice = devices.addTrustedSftp("bench-zstd", ssh, Map.of());
      long plainDevice =
          devices.addTrustedSftp("bench-none", ssh, Map.of("compression_input", "NONE"));

      // Untimed first runs: the page cache holds the data and the server's JIT has warmed up.
      byHand.copy(data.root, true, hash);
      drsBackup(zstdDevice, ssh);

      List<Duration> byHandZstd = new ArrayList<>();
      List<Duration> drsZstd = new ArrayList<>();
      List<Duration> byHandPlain = new ArrayList<>();
      List<Duration> drsPlain = new ArrayList<>();
      long peakUsed = 0;
      for (int round = 0; round < rounds; round++) {
        byHandZstd.add(byHand.copy(data.root, true, hash));
        try (HeapSampler heap = new HeapSampler(false)) {
          drsZstd.add(drsBackup(zstdDevice, ssh));
          peakUsed = Math.max(peakUsed, heap.growthBytes());
        }
        byHandPlain.add(byHand.copy(data.root, false, hash));
        drsPlain.add(drsBackup(plainDevice, ssh));
      }
      long liveGrowth;
      long maxHeap;
      try (HeapSampler heap = new HeapSampler(true)) {
        drsBackup(zstdDevice, ssh);
        liveGrowth = heap.growthBytes();
        maxHeap = heap.maxBytes();
      }

      // Restores of the set the last backup left, into the data set's own directory.
      RestorePages restores = new RestorePages();
      Path setFile = BackupSets.onlyFile(ssh.writableDirectory(), "_BENCH_DATA.tar.zst");
      Path byHandTarget = benchDirectory().resolve("by-hand-restore");
      byHand.fetch(setFile, byHandTarget, hash);
      BenchData.delete(byHandTarget);
      drsRestore(restores, zstdDevice);
      List<Duration> byHandRestore = new ArrayList<>();
      List<Duration> drsRestore = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        byHandRestore.add(byHand.fetch(setFile, byHandTarget, hash));
        BenchData.delete(byHandTarget);
        drsRestore.add(drsRestore(restores, zstdDevice));
      }
      long restoreGrowth;
      try (HeapSampler heap = new HeapSampler(true)) {
        drsRestore(restores, zstdDevice);
        restoreGrowth = heap.growthBytes();
      }

      String report =
          String.join(
              "\n",
              "",
              "DRS backup and restore throughput benchmark",
              String.format(
                  Locale.ROOT,
                  "data: %.2f GiB in %d files, %.0f%% random; OpenSSH on 127.0.0.1, cipher %s;"
                      + " best of %d rounds after a warm-up",
                  data.bytes / (double) (1L << 30),
                  data.files,
                  100.0 * data.randomBytes / data.bytes,
                  OpenSshPipeline.CIPHER,
                  rounds),
              String.format(
                  Locale.ROOT,
                  "%-14s %-32s %-26s %s",
                  "backup",
                  "by hand (tar|zstd|ssh)",
                  "DRS job",
                  "ratio"),
              line("zstd -1", data, byHandZstd, drsZstd, "target >= 0.90"),
              line("uncompressed", data, byHandPlain, drsPlain, "(for information)"),
              String.format(
                  Locale.ROOT,
                  "server heap during a DRS backup: live growth %+d MiB (target < 256 MiB),"
                      + " peak used incl. garbage %+d MiB, max heap %d MiB",
                  liveGrowth / MIB,
                  peakUsed / MIB,
                  maxHeap / MIB),
              "",
              String.format(
                  Locale.ROOT,
                  "%-14s %-32s %-26s %s",
                  "restore",
                  "by hand (ssh|zstd -d|tar -x)",
                  "DRS job",
                  "ratio"),
              line("zstd -1", data, byHandRestore, drsRestore, "target >= 0.90"),
              String.format(
                  Locale.ROOT,
                  "server heap during a DRS restore: live growth %+d MiB (target < 256 MiB)",
                  restoreGrowth / MIB),
              "");
      System.out.println(report);
      Files.writeString(benchDirectory().resolve("result-" + size() + ".txt"), report);
    }
  }

  /**
   * Runs a backup of the data set through the real job and returns the job's own duration, from the
   * first to the last line of its log: the HTTP request that starts it is not counted, as typing
   * the command is not counted for the baseline.
   */
  private Duration drsBackup(long deviceId, OpenSshServer ssh) throws Exception {
    emptyDirectory(ssh.writableDirectory());
    String answer = backups.startBackup(deviceId, "BENCH");
    if (!answer.contains("<redirect")) {
      throw new IllegalStateException("The backup did not start: " + answer);
    }
    String result = backups.awaitNewestResult();
    if (!"SUCCESS".equals(result)) {
      throw new IllegalStateException("The benchmark backup ended " + result);
    }
    return jobDuration(backups.get("/drs/job-log?job=" + backups.newestJobId()));
  }

  /** Restores the set on the device through the wizard and the real job; returns its duration. */
  private static Duration drsRestore(RestorePages restores, long deviceId) throws Exception {
    restores.summary(deviceId, "BENCH");
    String answer = restores.restore();
    if (!answer.contains("<redirect")) {
      throw new IllegalStateException("The restore did not start: " + answer);
    }
    String result = restores.awaitNewestResult();
    if (!"SUCCESS".equals(result)) {
      throw new IllegalStateException("The benchmark restore ended " + result);
    }
    return jobDuration(restores.newestLog());
  }

  /** From the first to the last line of a job's log. */
  static Duration jobDuration(String log) {
    List<String> lines = log.lines().toList();
    return Duration.between(timestamp(lines.get(0)), timestamp(lines.get(lines.size() - 1)));
  }

  private static Instant timestamp(String logLine) {
    return Instant.parse(logLine.substring(0, logLine.indexOf(' ')));
  }

  static String line(
      String label, BenchData data, List<Duration> byHand, List<Duration> drs, String note) {
    double byHandRate = rate(data, best(byHand));
    double drsRate = rate(data, best(drs));
    return String.format(
        Locale.ROOT,
        "%-14s %-32s %-26s %.2f  %s",
        label,
        String.format(Locale.ROOT, "%.1f MiB/s (%.2f s)", byHandRate, seconds(best(byHand))),
        String.format(Locale.ROOT, "%.1f MiB/s (%.2f s)", drsRate, seconds(best(drs))),
        drsRate / byHandRate,
        note);
  }

  private static Duration best(List<Duration> runs) {
    return runs.stream().min(Duration::compareTo).orElseThrow();
  }

  private static double rate(BenchData data, Duration took) {
    return data.bytes / (double) MIB / seconds(took);
  }

  private static double seconds(Duration took) {
    return took.toNanos() / 1e9;
  }

  private static void emptyDirectory(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  /** The data set's size: {@code drs.bench.size}, e.g. 1g (the default) or 4g. */
  static long size() {
    String size = System.getProperty("drs.bench.size", "1g").strip().toLowerCase(Locale.ROOT);
    long unit =
        switch (size.charAt(size.length() - 1)) {
          case 'g' -> 1L << 30;
          case 'm' -> 1L << 20;
          default ->
              throw new IllegalArgumentException(
                  "drs.bench.size must be a number of MiB or GiB, e.g. 512m or 4g, not " + size);
        };
    return Long.parseLong(size.substring(0, size.length() - 1)) * unit;
  }

  static Path benchDirectory() {
    return Path.of(System.getProperty("drs.bench.directory"));
  }

  private static Path dataDirectory() {
    return benchDirectory().resolve("data-" + size());
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/bench.xml");
  }
}
