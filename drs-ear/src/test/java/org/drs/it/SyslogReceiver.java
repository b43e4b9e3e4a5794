package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static SyslogReceiver start(Path directory) throws IOException, InterruptedException {
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
    SyslogReceiver receiver = new SyslogReceiver(received, process, port);
    receiver.awaitReady();
    return receiver;
  }

  /** The lines received so far. */
  List<String> lines() throws IOException {
    return Files.exists(received)
        ? Files.readAllLines(received, StandardCharsets.UTF_8)
        : List.of();
  }

  /** Sends probes until one arrives: UDP has no handshake to tell that rsyslogd listens. */
  private void awaitReady() {
    JobWaits.await(
        "rsyslogd receiving on 127.0.0.1:" + port,
        () -> {
          assertThat(rsyslogd.isAlive()).as("rsyslogd runs").isTrue();
          byte[] probe = "<14>1 - - probe - - - ready".getBytes(StandardCharsets.UTF_8);
          try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(
                new DatagramPacket(probe, probe.length, InetAddress.getLoopbackAddress(), port));
          }
          return lines().stream().anyMatch(line -> line.endsWith("ready"));
        });
  }

  @Override
  public void close() throws InterruptedException {
    rsyslogd.destroy();
    if (!rsyslogd.waitFor(10, TimeUnit.SECONDS)) {
      rsyslogd.destroyForcibly();
    }
  }
}
