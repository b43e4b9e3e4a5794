package org.drs.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real OpenSSH server on 127.0.0.1 for tests, owned by the test: its own host key, config and
 * port, SFTP only unless asked otherwise, for the local user {@value #USER} with a fresh random
 * password and a key pair. It serves a writable directory and a read-only one. Needs root (to
 * create the user and start sshd), as CI has.
 */
public final class OpenSshServer implements AutoCloseable {

  public static final String USER = "drs-sftp";

  /** How OpenSSH titles the processes of a logged-in session of the test user. */
  private static final String SESSION = "sshd: " + USER;

  private final Path home;
  private final String password;
  private int port;
  private final boolean commands;
  private Process sshd;

  public OpenSshServer() throws IOException, InterruptedException {
    this(false);
  }

  /**
   * @param commands whether the test user may run commands over ssh too, as the benchmark's
   *     baseline {@code ssh host 'cat > file'} needs; otherwise the server offers SFTP only
   */
  public OpenSshServer(boolean commands) throws IOException, InterruptedException {
    this.commands = commands;
    home = Files.createTempDirectory("drs-sshd");
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    createUser();
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", home.resolve("host_key").toString());
    run(
        "ssh-keygen",
        "-q",
        "-t",
        "ed25519",
        "-N",
        "",
        "-C",
        "drs-test",
        "-f",
        home.resolve("client_key").toString());
    Files.copy(home.resolve("client_key.pub"), home.resolve("authorized_keys"));
    Files.createDirectories(writableDirectory());
    run("chown", USER, writableDirectory().toString());
    Files.createDirectories(readOnlyDirectory());
    Files.createDirectories(Path.of("/run/sshd"));
    startOnAFreePort();
  }

  /**
   * Starts sshd on a port that was free a moment ago; another process may take it in between, so a
   * start that finds it taken tries another one.
   */
  private void startOnAFreePort() throws IOException {
    for (int attempt = 1; ; attempt++) {
      port = freePort();
      Files.writeString(home.resolve("sshd_config"), config());
      try {
        start();
        return;
      } catch (IOException e) {
        if (attempt == 3 || !e.getMessage().contains("Address already in use")) {
          throw e;
        }
      }
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public String password() {
    return password;
  }

  /** The client's private key, in OpenSSH form, authorized for {@value #USER}. */
  public String privateKey() throws IOException {
    return Files.readString(privateKeyFile());
  }

  public Path privateKeyFile() {
    return home.resolve("client_key");
  }

  public Path writableDirectory() {
    return home.resolve("sftp/writable");
  }

  /** Owned by root: the test user can list it but not write in it. */
  public Path readOnlyDirectory() {
    return home.resolve("sftp/read-only");
  }

  /** The host key's fingerprint as OpenSSH prints it: {@code SHA256:…}. */
  public String hostKeyFingerprint() throws IOException, InterruptedException {
    String line =
        run("ssh-keygen", "-l", "-E", "sha256", "-f", home.resolve("host_key.pub").toString());
    return line.split(" ")[1];
  }

  /** Gives the server a new host key, as a rebuilt server would have, and restarts it. */
  public void replaceHostKey() throws IOException, InterruptedException {
    stop();
    Files.delete(home.resolve("host_key"));
    Files.delete(home.resolve("host_key.pub"));
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", home.resolve("host_key").toString());
    start();
  }

  /**
   * Kills the server and its open sessions at once, as a crash or a pulled cable would: killing
   * only the listener leaves OpenSSH's established sessions running.
   */
  public void killWithSessions() throws IOException, InterruptedException {
    stop();
    new ProcessBuilder("pkill", "-KILL", "-f", SESSION).start().waitFor();
  }

  /**
   * Freezes the open sessions, as a server that stops reading would; new logins still work. Call it
   * once the client's session is known to be open (for example, once the file it writes exists).
   */
  public void pauseSessions() throws IOException, InterruptedException {
    if (new ProcessBuilder("pkill", "-STOP", "-f", SESSION).start().waitFor() != 0) {
      throw new IOException("no session of " + USER + " to pause");
    }
  }

  public void resumeSessions() throws IOException, InterruptedException {
    new ProcessBuilder("pkill", "-CONT", "-f", SESSION).start().waitFor();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    stop();
    run("rm", "-rf", home.toString());
  }

  private void start() throws IOException {
    sshd =
        new ProcessBuilder(
                "/usr/sbin/sshd", "-D", "-e", "-f", home.resolve("sshd_config").toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("sshd.log").toFile())
            .start();
    Awaitility.await("sshd to listen on port " + port)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(this::listening);
  }

  /** Whether sshd accepts connections yet; an IOException with its log when it ended instead. */
  private boolean listening() throws IOException {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(host(), port), 200);
      return true;
    } catch (IOException notYet) {
      if (!sshd.isAlive()) {
        throw new IOException("sshd ended: " + Files.readString(home.resolve("sshd.log")));
      }
      return false;
    }
  }

  private void stop() throws InterruptedException {
    if (sshd != null) {
      sshd.destroy();
      sshd.waitFor();
    }
  }

  private void createUser() throws IOException, InterruptedException {
    if (new ProcessBuilder("id", USER).start().waitFor() != 0) {
      run("useradd", "--system", "--no-create-home", USER);
    }
    run("usermod", "--shell", commands ? "/bin/sh" : "/usr/sbin/nologin", USER);
    Process chpasswd = new ProcessBuilder("chpasswd").redirectErrorStream(true).start();
    chpasswd
        .getOutputStream()
        .write((USER + ":" + password + "\n").getBytes(StandardCharsets.UTF_8));
    chpasswd.getOutputStream().close();
    if (chpasswd.waitFor() != 0) {
      throw new IOException(
          "chpasswd failed: " + new String(chpasswd.getInputStream().readAllBytes()));
    }
  }

  private String config() {
    return String.join(
        "\n",
        List.of(
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + home.resolve("host_key"),
            "PidFile " + home.resolve("sshd.pid"),
            "AuthorizedKeysFile " + home.resolve("authorized_keys"),
            "UsePAM no",
            "StrictModes no",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin no",
            "AllowUsers " + USER,
            "Subsystem sftp internal-sftp",
            commands ? "" : "ForceCommand internal-sftp",
            ""));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
    return output.strip();
  }
}
