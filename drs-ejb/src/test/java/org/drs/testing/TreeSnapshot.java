package org.drs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@code stat} says of every entry below a directory, as a restore must give it back: type,
 * permission bits, owner and group ids, modification time to the second, link target, content hash,
 * and which names are hard links of one file. Two snapshots are equal when the trees are.
 */
public record TreeSnapshot(Map<String, String> entries, List<String> hardLinkGroups) {

  /** Snapshots the tree below {@code root} (the root itself under "."), not following links. */
  public static TreeSnapshot of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    Map<Object, TreeSet<String>> inodes = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String name = path.equals(root) ? "." : root.relativize(path).toString();
        Map<String, Object> unix =
            Files.readAttributes(
                path, "unix:mode,uid,gid,lastModifiedTime,ino,nlink", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) unix.get("mode");
        String type = type(mode);
        StringBuilder line = new StringBuilder(type);
        line.append(' ').append(Integer.toOctalString(mode & 07777));
        line.append(' ').append(unix.get("uid")).append(':').append(unix.get("gid"));
        if (!type.equals("l") && !path.equals(root)) {
          line.append(' ')
              .append(
                  ((java.nio.file.attribute.FileTime) unix.get("lastModifiedTime"))
                      .toInstant()
                      .getEpochSecond());
        }
        if (type.equals("l")) {
          line.append(" -> ").append(Files.readSymbolicLink(path));
        } else if (type.equals("f")) {
          line.append(' ').append(sha256(path));
          if ((Integer) unix.get("nlink") > 1) {
            inodes.computeIfAbsent((Long) unix.get("ino"), k -> new TreeSet<>()).add(name);
          }
        }
        entries.put(name, line.toString());
      }
    }
    List<String> groups = new ArrayList<>();
    inodes.values().forEach(names -> groups.add(String.join(" = ", names)));
    groups.sort(null);
    return new TreeSnapshot(entries, groups);
  }

  private static String type(int mode) {
    return switch (mode & 0170000) {
      case 0040000 -> "d";
      case 0100000 -> "f";
      case 0120000 -> "l";
      default -> "other(" + Integer.toOctalString(mode & 0170000) + ")";
    };
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
