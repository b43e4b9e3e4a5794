package org.drs.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * A tree with everything a restore must give back exactly: modes 0600/0640/0750/0700, a
 * set-group-ID directory, a file of another owner and group ({@code nobody:nogroup}, so root must
 * make it), hard links, a relative and an absolute link inside, an empty directory, names in
 * Cyrillic and CJK and a 200-byte name, all with one modification time.
 */
public final class FidelityTree {

  private static final Instant MODIFIED = Instant.parse("2024-02-29T12:34:56Z");

  private FidelityTree() {}

  /** Fills the (new or empty) directory and returns it. */
  public static Path create(Path root) throws IOException {
    Files.createDirectories(root);
    file(root.resolve("key.pem"), "secret", 0600);
    file(root.resolve("app.conf"), "conf", 0640);
    file(root.resolve("run.sh"), "#!/bin/sh\n", 0750);
    Path privateDir = Files.createDirectories(root.resolve("private"));
    file(privateDir.resolve("token"), "t", 0600);
    Files.setAttribute(privateDir, "unix:mode", 0700);
    Path shared = Files.createDirectories(root.resolve("shared"));
    Files.setAttribute(shared, "unix:mode", 02775);
    Path foreign = file(shared.resolve("foreign.txt"), "owned by nobody", 0644);
    Files.setAttribute(foreign, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(foreign, "unix:gid", 65534, LinkOption.NOFOLLOW_LINKS);
    Path data = file(root.resolve("data.bin"), "linked content", 0644);
    Files.createLink(shared.resolve("data-link.bin"), data);
    Files.createSymbolicLink(root.resolve("relative-link"), Path.of("app.conf"));
    Files.createSymbolicLink(root.resolve("absolute-link"), root.resolve("run.sh"));
    Files.createDirectories(root.resolve("empty"));
    file(root.resolve("Привет-мир.txt"), "cyrillic", 0644);
    file(root.resolve("数据备份.txt"), "cjk", 0644);
    file(root.resolve("n".repeat(200)), "long", 0644);
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .setTimes(FileTime.from(MODIFIED), null, null);
      }
    }
    return root;
  }

  private static Path file(Path path, String content, int mode) throws IOException {
    Files.writeString(path, content, StandardCharsets.UTF_8);
    Files.setAttribute(path, "unix:mode", mode);
    return path;
  }
}
