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

  /** Only root may give files away to other owners. */
  private static final boolean ROOT = processUid() == 0;

  private static long processUid() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Whether this process may give files away to other owners: only root may. */
  public static boolean canApplyOwners() {
    return ROOT;
  }

  /**
   * Applies owner and group (when {@code owners}), then the mode (not on a symbolic link, whose
   * mode Linux ignores), then the time, last, since changing the others does not touch it. Meant
   * for a file this process has just created in a directory only it can write (staging, or a copy
   * beside a target), whose parents are real directories: the file itself is never followed if it
   * is a link, and otherwise its path is used directly; one lstat, then one call per change.
   */
  public void applyTo(Path path, boolean owners) throws IOException {
    Map<String, Object> now =
        Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
    boolean link = FileKind.of((Integer) now.get("mode")) == FileKind.SYMBOLIC_LINK;
    LinkOption[] self = link ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
    // Most restored files already belong to whom they should: a chown only where they do not
    // (a new file's group can also come from a set-group-ID parent).
    if (owners
        && (uid != ((Number) now.get("uid")).longValue()
            || gid != ((Number) now.get("gid")).longValue())) {
      Files.setAttribute(path, "unix:uid", (int) uid, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", (int) gid, LinkOption.NOFOLLOW_LINKS);
    }
    if (!link) {
      // After chown, which clears set-user/group-ID bits on files.
      Files.setAttribute(path, "unix:mode", mode);
    }
    Files.getFileAttributeView(path, BasicFileAttributeView.class, self)
        .setTimes(modified, null, null);
  }
}
