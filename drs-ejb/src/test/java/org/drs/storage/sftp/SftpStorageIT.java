package org.drs.storage.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredSet;
import org.drs.storage.UntrustedHostKeyException;
import org.drs.testing.OpenSshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SFTP storage against a real OpenSSH server on 127.0.0.1. */
class SftpStorageIT {

  private static OpenSshServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = new OpenSshServer();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void unknownHostKeyIsRefusedWithItsOpenSshFingerprint() throws Exception {
    String fingerprint = fingerprint();
    assertThatThrownBy(() -> new SftpStorage(target(server.password(), null, null)))
        .isInstanceOfSatisfying(
            UntrustedHostKeyException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_UNTRUSTED);
              assertThat(e.presentedFingerprint()).isEqualTo(fingerprint);
            });
  }

  @Test
  void trustedKeyAndPasswordValidateAndWriteNothing() throws Exception {
    try (SftpStorage storage = new SftpStorage(trusted(server.password()))) {
      storage.validate();
    }
    try (var files = Files.list(server.writableDirectory())) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void privateKeyAuthenticates() throws Exception {
    SftpTarget target =
        new SftpTarget(
            server.host(),
            server.port(),
            OpenSshServer.USER,
            null,
            server.privateKey(),
            server.writableDirectory().toString(),
            fingerprint());
    try (SftpStorage storage = new SftpStorage(target)) {
      storage.validate();
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    assertReason(
        () -> new SftpStorage(trusted("wrong-" + server.password())), Reason.CREDENTIALS_REFUSED);
  }

  @Test
  void unknownHostIsUnreachable() {
    SftpTarget target = new SftpTarget("no-such-host.invalid", 22, "x", "y", null, "/tmp", null);
    assertReason(() -> new SftpStorage(target), Reason.UNREACHABLE);
  }

  @Test
  void closedPortIsUnreachable() throws Exception {
    SftpTarget target = new SftpTarget(server.host(), 1, "x", "y", null, "/tmp", null);
    assertReason(() -> new SftpStorage(target), Reason.UNREACHABLE);
  }

  @Test
  void missingPathIsNamed() throws Exception {
    SftpTarget target =
        new SftpTarget(
            server.host(),
            server.port(),
            OpenSshServer.USER,
            server.password(),
            null,
            server.writableDirectory() + "/missing",
            fingerprint());
    try (SftpStorage storage = new SftpStorage(target)) {
      assertThatThrownBy(storage::validate)
          .isInstanceOfSatisfying(
              StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PATH_MISSING))
          .hasMessageContaining("/missing");
    }
  }

  @Test
  void readOnlyPathIsNotWritable() throws Exception {
    SftpTarget target =
        new SftpTarget(
            server.host(),
            server.port(),
            OpenSshServer.USER,
            server.password(),
            null,
            server.readOnlyDirectory().toString(),
            fingerprint());
    try (SftpStorage storage = new SftpStorage(target)) {
      assertThatThrownBy(storage::validate)
          .isInstanceOfSatisfying(
              StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE));
    }
  }

  @Test
  void setIsInvisibleUntilCommittedAndGoneAfterAbort() throws Exception {
    try (SftpStorage storage = new SftpStorage(trusted(server.password()))) {
      write(storage, "2026-01-01-00-00-00_S1_DEMO_FILES.tar", "lost");
      storage.abortSet(List.of("2026-01-01-00-00-00_S1_DEMO_FILES.tar"));

      write(storage, "2026-01-02-00-00-00_S1_DEMO_FILES.tar", "files");
      assertThat(storage.listSets()).isEmpty();
      storage.commitSet(
          List.of("2026-01-02-00-00-00_S1_DEMO_FILES.tar"),
          "2026-01-02-00-00-00_S1_drfComponent.xml",
          "<manifest/>".getBytes());

      List<StoredSet> sets = storage.listSets();
      assertThat(sets).extracting(StoredSet::name).containsExactly("2026-01-02-00-00-00");
      try (InputStream in =
          storage.openFile(sets.get(0), "2026-01-02-00-00-00_S1_DEMO_FILES.tar")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("files");
      }
      assertThat(storage.freeSpace()).isPresent();

      storage.deleteSet(sets.get(0));
      assertThat(storage.listSets()).isEmpty();
    }
    try (var files = Files.list(server.writableDirectory())) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void changedHostKeyIsRefusedUntilTrustedAgain() throws Exception {
    String before = fingerprint();
    server.replaceHostKey();
    try {
      assertThatThrownBy(() -> new SftpStorage(target(server.password(), null, before)))
          .isInstanceOfSatisfying(
              UntrustedHostKeyException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.HOST_KEY_CHANGED);
                assertThat(e.getMessage()).contains(before);
              });
      new SftpStorage(trusted(server.password())).close();
    } finally {
      assertThat(fingerprint()).isNotEqualTo(before);
    }
  }

  private static void write(SftpStorage storage, String name, String content) throws Exception {
    try (OutputStream out = storage.writeFile(name)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void assertReason(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static SftpTarget trusted(String password) throws Exception {
    return target(password, null, fingerprint());
  }

  private static SftpTarget target(String password, String key, String fingerprint) {
    return new SftpTarget(
        server.host(),
        server.port(),
        OpenSshServer.USER,
        password,
        key,
        server.writableDirectory().toString(),
        fingerprint);
  }

  private static String fingerprint() throws Exception {
    return server.hostKeyFingerprint();
  }
}
