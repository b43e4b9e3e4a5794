package org.drs.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * What a restore gives back of a file besides its content: permission bits (set-group-ID and sticky
 * included), owner and group by number, and modification time. Read and applied without following
 * symbolic links, so a link's own owner and time are meant, never its target's.
 */
public record FileMetadata(int mode, long uid, long gid, FileTime modified) {

  /** Reads the metadata of the file itself (a link's, not its target's). */
  public static FileMetadata of(Path path) throws IOException {
    Map<String, Object> unix =
        Files.readAttributes(path, "unix:mode,uid,gid,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
    return new FileMetadata(
        (Integer) unix.get("mode") & FileKind.PERMISSION_BITS,
        ((Number) unix.get("uid")).longValue(),
        ((Number) unix.get("gid")).longValue(),
        (FileTime) unix.get("lastModifiedTime"));
  }

  /** Whether this process may give files away to other owners: only root may. */
  public static boolean canApplyOwners() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Applies owner and group (when {@code owners}), then the mode (not on a symbolic link, whose
   * mode Linux ignores), then the time, last, since changing the others does not touch it.
   */
  public void applyTo(Path path, boolean owners) throws IOException {
    if (owners) {
      Files.setAttribute(path, "unix:uid", (int) uid, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", (int) gid, LinkOption.NOFOLLOW_LINKS);
    }
    if (!Files.isSymbolicLink(path)) {
      // After chown, which clears set-user/group-ID bits on files.
      Files.setAttribute(path, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
    }
    Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(modified, null, null);
  }
}
