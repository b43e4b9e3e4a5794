package org.drs.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A registered path that is a symbolic link (as {@code /opt/app/current -> release-42} often is)
 * means what it points to at the moment of use: that is what a backup archives and a restore
 * replaces, and the link itself stays as it is.
 */
public final class SymbolicLinks {

  /** As Linux's path resolution gives up after 40 links. */
  private static final int MAX_HOPS = 40;

  private SymbolicLinks() {}

  /** Follows the links of the path itself (not of its parents); a missing target is returned. */
  public static Path resolve(Path registered) throws IOException {
    Path path = registered;
    for (int hops = 0; Files.isSymbolicLink(path); hops++) {
      if (hops == MAX_HOPS) {
        throw new IOException("the symbolic links from " + registered + " form a loop");
      }
      path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
    }
    return path;
  }
}
