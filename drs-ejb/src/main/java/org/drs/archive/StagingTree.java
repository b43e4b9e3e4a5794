package org.drs.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drs.common.PrivateFiles;

/**
 * The staging directory of one component while an archive is extracted into it. Every entry is
 * decided against what is on disk at that moment, not against its name's text: each parent must be
 * a real directory inside the component (never a symbolic link, whatever earlier entries made of
 * it), and a link's target is resolved through the links already there. Nothing is created, written
 * or changed through a symbolic link.
 */
final class StagingTree {

  /** As Linux's path resolution gives up after 40 links. */
  private static final int MAX_LINK_HOPS = 40;

  private final Path root;
  private final List<Path> liveRoots;
  private final int maxDepth;
  private final int maxNameBytes;

  /**
   * Directories already found real on disk: no entry can turn one into a link later (an entry over
   * an existing path is refused), so each is checked once, not once per entry below it.
   */
  private final Set<Path> checkedDirectories = new HashSet<>();

  /**
   * @param liveRoots where the component lives on the server (the registered path and what it links
   *     to): an absolute link target below one of them is a link inside the component
   */
  StagingTree(Path root, List<Path> liveRoots, int maxDepth, int maxNameBytes) throws IOException {
    this.root = root.toRealPath();
    this.liveRoots = liveRoots;
    this.maxDepth = maxDepth;
    this.maxNameBytes = maxNameBytes;
  }

  Path root() {
    return root;
  }

  /**
   * Where an entry lands, with every parent checked on disk and the missing ones created. The
   * entry's own path is not touched.
   *
   * @param name the entry's name, relative, without a trailing slash
   */
  Path place(String name, String entry) throws IOException {
    Path relative = relative(name, entry);
    Path current = root;
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      current = current.resolve(relative.getName(i));
      if (checkedDirectories.contains(current)) {
        continue;
      }
      BasicFileAttributes attributes = attributes(current);
      if (attributes == null) {
        // Owner-only until its own entry's mode, if any, is applied.
        Files.createDirectory(current, PrivateFiles.DIRECTORY);
      } else if (attributes.isSymbolicLink()) {
        throw unsafe(
            entry, "would be written through the symbolic link " + root.relativize(current));
      } else if (!attributes.isDirectory()) {
        throw unsafe(entry, "would be written inside the file " + root.relativize(current));
      }
      checkedDirectories.add(current);
    }
    return root.resolve(relative);
  }

  /**
   * An existing regular file of the component, reached without any symbolic link: what a hard link
   * entry may point to.
   */
  Path existingFile(String name, String entry) throws IOException {
    Path relative = relative(name, entry);
    Path current = root;
    for (int i = 0; i < relative.getNameCount(); i++) {
      current = current.resolve(relative.getName(i));
      BasicFileAttributes attributes = attributes(current);
      boolean last = i == relative.getNameCount() - 1;
      if (attributes == null
          || attributes.isSymbolicLink()
          || (last ? !attributes.isRegularFile() : !attributes.isDirectory())) {
        throw unsafe(
            entry, "is a hard link to something that is not a file of the archive: " + name);
      }
    }
    return current;
  }

  /**
   * Checks that a symbolic link placed at {@code link} with this target stays inside the component,
   * resolving it through the links on disk now.
   */
  void checkLink(Path link, String target, String entry) throws IOException {
    if (target.isEmpty() || target.indexOf('\0') >= 0 || resolveLink(link, target) == null) {
      throw unsafe(entry, "is a symbolic link pointing outside the component: " + target);
    }
  }

  /**
   * Checks a link again once every entry exists: a link that stayed inside when it was made can
   * point out once later entries put links on its way.
   */
  void recheckLink(Path link) throws IOException {
    String target = Files.readSymbolicLink(link).toString();
    if (resolveLink(link, target) == null) {
      throw unsafe(
          root.relativize(link).toString(),
          "is a symbolic link pointing outside the component through the links beside it: "
              + target);
    }
  }

  /**
   * Where a link's target leads, following the links on disk: a relative target from the link's
   * directory, an absolute one from the component's own directory when it lies below where the
   * component lives. Null when it leaves the component (or loops).
   */
  private Path resolveLink(Path link, String target) throws IOException {
    return resolve(link.getParent(), target, 0);
  }

  private Path resolve(Path from, String target, int hops) throws IOException {
    if (hops > MAX_LINK_HOPS) {
      return null;
    }
    if (target.startsWith("/")) {
      Path absolute = Path.of(target).normalize();
      for (Path live : liveRoots) {
        if (absolute.startsWith(live)) {
          return resolve(root, live.relativize(absolute).toString(), hops + 1);
        }
      }
      return null;
    }
    Path current = from;
    for (String segment : target.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (current.equals(root)) {
          return null;
        }
        current = current.getParent();
        continue;
      }
      Path next = current.resolve(segment);
      BasicFileAttributes attributes = attributes(next);
      if (attributes != null && attributes.isSymbolicLink()) {
        current = resolve(current, Files.readSymbolicLink(next).toString(), hops + 1);
        if (current == null) {
          return null;
        }
      } else {
        current = next;
      }
    }
    return current.startsWith(root) ? current : null;
  }

  private Path relative(String name, String entry) throws UnsafeArchiveEntryException {
    if (name.isEmpty()) {
      throw unsafe(entry, "has an empty name");
    }
    if (name.startsWith("/") || name.indexOf('\0') >= 0) {
      throw unsafe(entry, "has an absolute name: " + name);
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > maxNameBytes) {
      throw unsafe(entry, "has a name longer than the limit of " + maxNameBytes + " bytes");
    }
    Path relative = Path.of(name);
    if (relative.getNameCount() > maxDepth) {
      throw unsafe(entry, "lies deeper than the limit of " + maxDepth + " directories");
    }
    for (Path segment : relative) {
      if (segment.toString().equals("..")) {
        throw unsafe(entry, "climbs out of the component with '..': " + name);
      }
      if (segment.toString().equals(".")) {
        throw unsafe(entry, "has a '.' inside its name: " + name);
      }
    }
    return relative;
  }

  /** The path's own attributes (a link's, not its target's), or null when nothing is there. */
  static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  static UnsafeArchiveEntryException unsafe(String entry, String why) {
    return new UnsafeArchiveEntryException("archive entry '" + entry + "' " + why);
  }
}
