package org.drs.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one component archive from the device in a single pass: counts and hashes the bytes the
 * device sends, decompresses, and extracts into a staging directory. Every entry is checked before
 * anything is written: nothing may land outside the staging directory, whether by an absolute name,
 * a {@code ..} segment, a link pointing out, or a path through a link; device files and
 * set-user/group-id bits are refused too.
 */
public final class ArchiveReader {

  private static final int COPY_BUFFER = 256 * 1024;
  private static final int SETUID_SETGID = 06000;

  private final Path staging;
  private final LongConsumer deviceBytes;
  private final byte[] buffer = new byte[COPY_BUFFER];
  private final Map<Path, TarArchiveEntry> directories = new LinkedHashMap<>();
  private HashingInputStream counted;
  private long reported;

  /**
   * @param staging an empty directory the archive is extracted into
   * @param deviceBytes told how many more bytes of the device file each copy read, for progress
   */
  public ArchiveReader(Path staging, LongConsumer deviceBytes) {
    this.staging = staging.toAbsolutePath().normalize();
    this.deviceBytes = deviceBytes;
  }

  /**
   * Extracts the archive and checks it is exactly what the backup wrote.
   *
   * @param expected the size and SHA-256 the manifest recorded for the file
   * @throws UnsafeArchiveEntryException for an entry that could reach outside the staging directory
   * @throws DamagedArchiveException when the file is truncated, corrupt or not the one recorded
   */
  public void extract(InputStream device, Compression compression, ArchiveResult expected)
      throws IOException {
    counted = new HashingInputStream(device);
    try {
      TarArchiveInputStream tar =
          new TarArchiveInputStream(compression.unwrap(counted), COPY_BUFFER, "UTF-8");
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        extract(tar, entry);
      }
      counted.transferTo(OutputStream.nullOutputStream());
      for (Map.Entry<Path, TarArchiveEntry> directory : directories.entrySet()) {
        permissions(directory.getKey(), directory.getValue());
      }
    } catch (UnsafeArchiveEntryException e) {
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
              + counted.bytes()
              + " bytes with SHA-256 "
              + counted.sha256Hex()
              + ", the manifest says "
              + expected.bytes()
              + " bytes with SHA-256 "
              + expected.sha256(),
          null);
    }
  }

  private void extract(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
    Path target = inside(entry.getName(), entry);
    if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
      throw unsafe(entry, "is a device file or pipe");
    }
    if ((entry.getMode() & SETUID_SETGID) != 0) {
      throw unsafe(entry, "has the set-user-ID or set-group-ID bit");
    }
    if (target.equals(staging)) {
      return;
    }
    Files.createDirectories(target.getParent());
    if (entry.isDirectory()) {
      Files.createDirectories(target);
      // Applied at the end: a read-only directory must still receive its files.
      directories.put(target, entry);
    } else if (entry.isSymbolicLink()) {
      Path link = Path.of(entry.getLinkName());
      if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(staging)) {
        throw unsafe(entry, "is a symbolic link pointing outside the component: " + link);
      }
      Files.createSymbolicLink(target, link);
    } else if (entry.isLink()) {
      Path linked = inside(entry.getLinkName(), entry);
      if (!Files.isRegularFile(linked, LinkOption.NOFOLLOW_LINKS)) {
        throw unsafe(entry, "is a hard link to a file outside the archive: " + entry.getLinkName());
      }
      Files.createLink(target, linked);
    } else if (entry.isFile()) {
      try (OutputStream out =
          Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS)) {
        int read;
        while ((read = tar.read(buffer)) > 0) {
          out.write(buffer, 0, read);
          deviceBytes.accept(counted.bytes() - reported);
          reported = counted.bytes();
        }
      } catch (FileAlreadyExistsException e) {
        throw unsafe(entry, "appears twice in the archive");
      }
      permissions(target, entry);
      Files.setLastModifiedTime(target, FileTime.from(entry.getLastModifiedTime().toInstant()));
    } else {
      throw unsafe(
          entry, "is of a kind DRS does not restore (tar type " + entry.getLinkFlag() + ")");
    }
  }

  /**
   * Where an archive name lands: inside the staging directory and not through a symbolic link
   * extracted before it, or the entry is refused.
   */
  private Path inside(String name, TarArchiveEntry entry) throws UnsafeArchiveEntryException {
    if (name.startsWith("/") || name.indexOf('\0') >= 0) {
      throw unsafe(entry, "has an absolute name: " + name);
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw unsafe(entry, "climbs out of the component with '..': " + name);
      }
    }
    Path target = staging.resolve(name).normalize();
    for (Path step = target.getParent();
        step != null && step.startsWith(staging) && !step.equals(staging);
        step = step.getParent()) {
      if (Files.isSymbolicLink(step)) {
        throw unsafe(
            entry, "would be written through the symbolic link " + staging.relativize(step));
      }
    }
    return target;
  }

  private static void permissions(Path target, TarArchiveEntry entry) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values();
    for (int i = 0; i < bits.length; i++) {
      if ((entry.getMode() & (0400 >> i)) != 0) {
        permissions.add(bits[i]);
      }
    }
    Files.setPosixFilePermissions(target, permissions);
  }

  private static UnsafeArchiveEntryException unsafe(TarArchiveEntry entry, String why) {
    return new UnsafeArchiveEntryException("archive entry '" + entry.getName() + "' " + why);
  }
}
