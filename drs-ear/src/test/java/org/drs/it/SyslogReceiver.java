package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real syslog server for a test: Debian's rsyslogd, started with a configuration of its own that
 * takes UDP messages on a free loopback port and writes each as its RFC 5424 line to a file.
 */
final class SyslogReceiver implements AutoCloseable {

  private final Path received;
  private final Process rsyslogd;
  final int port;

  private SyslogReceiver(Path received, Process rsyslogd, int port) {
    this.received = received;
    this.rsyslogd = rsyslogd;
    this.port = port;
  }

  /**
   * Starts rsyslogd on a port that was free a moment before; should another process take the port
   * meanwhile, rsyslogd cannot bind it and ends, and another port is tried.
   */
  static SyslogReceiver start(Path directory) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      SyslogReceiver receiver = startOnAFreePort(directory);
      if (receiver.awaitReady()) {
        return receiver;
      }
      receiver.close();
      assertThat(attempt)
          .as("rsyslogd started (" + directory.resolve("rsyslogd.out") + " says why not)")
          .isLessThan(3);
    }
  }

  private static SyslogReceiver startOnAFreePort(Path directory) throws IOException {
    int port;
    try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path received = directory.resolve("received.log");
    Path config = directory.resolve("rsyslog.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "global(workDirectory=\"" + directory + "\")",
            "module(load=\"imudp\")",
            "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + port + "\")",
            "*.* action(type=\"omfile\" file=\""
                + received
                + "\" template=\"RSYSLOG_SyslogProtocol23Format\")",
            ""));
    Process process =
        new ProcessBuilder(
                "rsyslogd",
                "-n",
                "-f",
                config.toString(),
                "-i",
                directory.resolve("pid").toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("rsyslogd.out").toFile())
            .start();
    return new SyslogReceiver(received, process, port);
  }

  /** The lines received so far. */
  List<String> lines() throws IOException {
    return Files.exists(received)
        ? Files.readAllLines(received, StandardCharsets.UTF_8)
        : List.of();
  }

  /**
   * Sends probes until one arrives (UDP has no handshake to tell that rsyslogd listens); false when
   * rsyslogd ended instead.
   */
  private boolean awaitReady() throws InterruptedException {
    byte[] probe = "<14>1 - - probe - - - ready".getBytes(StandardCharsets.UTF_8);
    Instant deadline = Instant.now().plus(JobWaits.BOUND);
    while (Instant.now().isBefore(deadline)) {
      if (!rsyslogd.isAlive()) {
        return false;
      }
      try (DatagramSocket socket = new DatagramSocket()) {
        socket.send(
            new DatagramPacket(probe, probe.length, InetAddress.getLoopbackAddress(), port));
        if (lines().stream().anyMatch(line -> line.endsWith("ready"))) {
          return true;
        }
      } catch (IOException notYet) {
        // The file is not there yet, or the probe was refused: try again.
      }
      Thread.sleep(200);
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    rsyslogd.destroy();
    if (!rsyslogd.waitFor(10, TimeUnit.SECONDS)) {
      rsyslogd.destroyForcibly();
    }
  }
}
