package org.drs.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.drs.common.PrivateFiles;

/**
 * Reads one component archive from the device in a single pass: counts and hashes the bytes the
 * device sends (never more than the manifest's size and one byte), decompresses, and extracts into
 * a staging directory, giving back modes, owners (when DRS runs as root), times, links and hard
 * links as they were archived.
 *
 * <p>Every entry is decided against the staging directory as it is on disk at that moment (see
 * {@link StagingTree}) before it touches the disk; device files and pipes are refused; what the
 * archive may cost is bounded by {@link ArchiveLimits}. Set-user-ID and set-group-ID bits of files
 * are cleared, and named, until sets are authenticated.
 */
public final class ArchiveReader {

  private final StagingTree tree;
  private final List<Path> liveRoots;
  private final ArchiveLimits limits;
  private final LongConsumer deviceBytes;
  private final boolean owners = FileMetadata.canApplyOwners();
  private final Map<Path, FileMetadata> directories = new LinkedHashMap<>();
  private final Map<Path, FileMetadata> links = new LinkedHashMap<>();
  private final List<String> notices = new ArrayList<>();
  private final HoleWriter files = new HoleWriter();
  private HashingInputStream counted;
  private long reported;

  /**
   * @param staging an empty directory the archive is extracted into
   * @param liveRoots where the component lives on the server (the registered path and what it links
   *     to), for absolute symbolic links inside it; none for dumps and script output
   * @param deviceBytes told how many more bytes of the device file each copy read, for progress
   */
  public ArchiveReader(
      Path staging, List<Path> liveRoots, ArchiveLimits limits, LongConsumer deviceBytes)
      throws IOException {
    this.tree = new StagingTree(staging, liveRoots, limits.depth(), limits.nameBytes());
    this.liveRoots = liveRoots;
    this.limits = limits;
    this.deviceBytes = deviceBytes;
  }

  /**
   * Extracts the archive and checks it is exactly what the backup wrote.
   *
   * @param expected the size and SHA-256 the manifest recorded for the file
   * @return what the administrator should know: set-ID bits cleared, owners not applied
   * @throws UnsafeArchiveEntryException for an entry that could reach outside the staging directory
   * @throws DamagedArchiveException when the file is truncated, corrupt, not the one recorded, or
   *     exceeds a limit
   */
  public List<String> extract(InputStream device, Compression compression, ArchiveResult expected)
      throws IOException {
    counted = new HashingInputStream(new BoundedInputStream(device, expected.bytes() + 1));
    try {
      TarArchiveInputStream tar =
          new TarArchiveInputStream(
              new TarStreamGuard(compression.unwrap(counted), limits),
              ArchiveWriter.RECORD_BYTES,
              "UTF-8");
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        extract(tar, entry);
      }
      counted.transferTo(OutputStream.nullOutputStream());
      for (Path link : links.keySet()) {
        tree.recheckLink(link);
      }
      applyLast();
    } catch (UnsafeArchiveEntryException | DamagedArchiveException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DamagedArchiveException(
          "the archive is damaged or truncated after "
              + counted.bytes()
              + " bytes ("
              + e.getMessage()
              + ")",
          e);
    }
    if (counted.bytes() != expected.bytes() || !counted.sha256Hex().equals(expected.sha256())) {
      throw new DamagedArchiveException(
          "the archive is not the one the backup recorded: "
              + (counted.bytes() > expected.bytes()
                  ? "more than " + expected.bytes()
                  : counted.bytes())
              + " bytes with SHA-256 "
              + counted.sha256Hex()
              + ", the manifest says "
              + expected.bytes()
              + " bytes with SHA-256 "
              + expected.sha256(),
          null);
    }
    if (!owners) {
      notices.add("owners and groups were not applied: DRS does not run as root");
    }
    return notices;
  }

  private void extract(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
    String entryName = entry.getName();
    if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
      throw StagingTree.unsafe(entryName, "is a device file or pipe");
    }
    String name = withoutDotAndSlashes(entryName);
    FileMetadata metadata = metadata(entry);
    if (name.isEmpty() && entry.isDirectory()) {
      // The component's own directory, "./": its mode and time are applied last.
      directories.put(tree.root(), metadata);
      return;
    }
    Path target = tree.place(name, entryName);
    BasicFileAttributes existing = StagingTree.attributes(target);
    if (entry.isDirectory()) {
      if (existing == null) {
        Files.createDirectory(target, PrivateFiles.DIRECTORY);
      } else if (!existing.isDirectory() || existing.isSymbolicLink()) {
        throw StagingTree.unsafe(entryName, "would replace an earlier entry by a directory");
      }
      directories.put(target, metadata);
      return;
    }
    if (existing != null) {
      throw StagingTree.unsafe(entryName, "appears twice in the archive");
    }
    if (entry.isSymbolicLink()) {
      tree.checkLink(target, entry.getLinkName(), entryName);
      Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
      links.put(target, metadata);
    } else if (entry.isLink()) {
      Files.createLink(
          target, tree.existingFile(withoutDotAndSlashes(entry.getLinkName()), entryName));
    } else if (entry.isFile()) {
      files.write(tar, target, this::reportProgress);
      if ((metadata.mode() & FileKind.SET_ID_BITS) != 0) {
        notices.add(
            "the set-user-ID/set-group-ID bit of "
                + name
                + " was cleared (set it again once you trust this set)");
        metadata =
            new FileMetadata(
                metadata.mode() & ~FileKind.SET_ID_BITS,
                metadata.uid(),
                metadata.gid(),
                metadata.modified());
      }
      metadata.applyTo(target, owners);
    } else {
      throw StagingTree.unsafe(
          entryName, "is of a kind DRS does not restore (tar type " + entry.getLinkFlag() + ")");
    }
  }

  /**
   * Links and directories get their metadata once every entry exists: creating entries changes a
   * directory's time, and a read-only directory must still receive its files. The deepest first,
   * the component's own directory last.
   */
  private void applyLast() throws IOException {
    for (Map.Entry<Path, FileMetadata> link : links.entrySet()) {
      link.getValue().applyTo(link.getKey(), owners);
    }
    if (!directories.containsKey(tree.root())) {
      // Sets from before DRS archived the component's own directory: it keeps the mode, owner
      // and time it has now, not the staging area's.
      liveRootMetadata().ifPresent(metadata -> directories.put(tree.root(), metadata));
    }
    List<Path> deepestFirst = new ArrayList<>(directories.keySet());
    deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path directory : deepestFirst) {
      directories.get(directory).applyTo(directory, owners);
    }
  }

  private Optional<FileMetadata> liveRootMetadata() throws IOException {
    for (Path live : liveRoots) {
      if (Files.isDirectory(live)) {
        return Optional.of(FileMetadata.of(live.toRealPath()));
      }
    }
    return Optional.empty();
  }

  private void reportProgress() {
    deviceBytes.accept(counted.bytes() - reported);
    reported = counted.bytes();
  }

  private static FileMetadata metadata(TarArchiveEntry entry) {
    return new FileMetadata(
        entry.getMode() & FileKind.PERMISSION_BITS,
        entry.getLongUserId(),
        entry.getLongGroupId(),
        FileTime.from(entry.getLastModifiedTime().toInstant()));
  }

  /** "./a/b/" is "a/b"; "./" and "." are the component's own directory, "". */
  private static String withoutDotAndSlashes(String name) {
    String stripped = name;
    while (stripped.startsWith("./")) {
      stripped = stripped.substring(2);
    }
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped.equals(".") ? "" : stripped;
  }
}
