package org.drs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Features registered on the test server only, to make components fail or take their time: a
 * descriptor in the server's registration directory plus the scripts it names. DRS reads
 * descriptors at deployment, so they are installed before the EAR is deployed.
 */
final class TestFeatures {

  static final String DESCRIPTOR = "it-features.xml";

  private TestFeatures() {}

  static Path scripts() {
    return TestServer.home().resolve("standalone/data/it-features");
  }

  /** Where the post-backup script of component SKIPPED leaves its mark. */
  static Path postBackupMarker() {
    return scripts().resolve("post-backup-ran");
  }

  /** While this file is absent, component SLOW/WAIT waits. */
  static Path slowGate() {
    return scripts().resolve("slow-gate");
  }

  /** Makes the next SLOW backups wait in SLOW/WAIT until {@link #releaseSlow()}. */
  static void holdSlow() throws IOException {
    Files.deleteIfExists(slowGate());
  }

  /** Lets SLOW/WAIT finish. */
  static void releaseSlow() throws IOException {
    if (!Files.exists(slowGate())) {
      Files.createFile(slowGate());
    }
  }

  static void install() {
    try {
      Path scripts = Files.createDirectories(scripts());
      Files.createDirectories(scripts.resolve("data"));
      Files.writeString(scripts.resolve("data/kept.txt"), "kept");
      script("fails.sh", "echo 'disk on fire' >&2\nexit 3");
      script("pre-fails.sh", "echo 'application would not quiesce'\nexit 1");
      script("post.sh", "touch '" + postBackupMarker() + "'");
      // SLOW's first component holds until the test opens its gate, so that a test acts while it
      // runs for certain, and no longer than needed; two minutes at most if a test forgets.
      script(
          "slow.sh",
          "i=0\nwhile [ ! -e '"
              + slowGate()
              + "' ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done\n"
              + "echo slow > \"$2/slow.txt\"");
      holdSlow();
      Files.writeString(
          registration(),
          """
          <feature xmlns="urn:drs:registration:1" name="IT" version="1.0">
            <component name="OK"><directory path="%1$s/data"/></component>
            <component name="FAILS"><script path="%1$s/fails.sh"/></component>
            <component name="SKIPPED">
              <directory path="%1$s/data"/>
              <pre-backup script="%1$s/pre-fails.sh"/>
              <post-backup script="%1$s/post.sh"/>
            </component>
          </feature>
          """
              .formatted(scripts));
      Files.writeString(
          registration().resolveSibling("it-slow.xml"),
          """
          <feature xmlns="urn:drs:registration:1" name="SLOW" version="1.0">
            <component name="WAIT"><script path="%1$s/slow.sh"/></component>
            <component name="AFTER"><directory path="%1$s/data"/></component>
          </feature>
          """
              .formatted(scripts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void remove() throws IOException {
    releaseSlow();
    Files.deleteIfExists(registration());
    Files.deleteIfExists(registration().resolveSibling("it-slow.xml"));
  }

  private static Path registration() {
    return TestServer.home().resolve("standalone/configuration/drs/registration/" + DESCRIPTOR);
  }

  private static void script(String name, String body) throws IOException {
    Path script = scripts().resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
