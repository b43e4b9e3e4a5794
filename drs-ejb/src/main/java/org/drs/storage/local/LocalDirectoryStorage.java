package org.drs.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.drs.common.Durable;
import org.drs.common.PrivateFiles;
import org.drs.storage.DeviceOutputStream;
import org.drs.storage.SetFiles;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredFile;
import org.drs.storage.StoredSet;

/**
 * A directory on this server as a backup device. Files are written under a partial name and renamed
 * at commit, manifest last, so a crash leaves nothing that looks like a set.
 */
public class LocalDirectoryStorage implements Storage {

  private final Path directory;

  public LocalDirectoryStorage(Path directory) {
    this.directory = directory;
  }

  @Override
  public void validate() {
    if (!Files.isDirectory(directory)) {
      throw new StorageException(
          Reason.PATH_MISSING,
          "The directory " + directory + " does not exist on this server: create it first");
    }
    Path probe = directory.resolve(SetFiles.PARTIAL_PREFIX + "probe-" + UUID.randomUUID());
    try {
      PrivateFiles.write(probe, "DRS write probe".getBytes(StandardCharsets.UTF_8));
      Files.delete(probe);
    } catch (IOException e) {
      throw new StorageException(
          Reason.NOT_WRITABLE,
          "DRS cannot write in " + directory + ": let the WildFly user write there",
          e);
    }
  }

  @Override
  public List<StoredSet> listSets() {
    List<StoredFile> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (Files.isRegularFile(entry)) {
          files.add(new StoredFile(entry.getFileName().toString(), Files.size(entry)));
        }
      }
    } catch (IOException e) {
      throw failure("list the backups in", e);
    }
    return SetFiles.complete(files);
  }

  @Override
  public OutputStream writeFile(String fileName) {
    try {
      return new DeviceOutputStream(
          PrivateFiles.newOutputStream(partial(fileName)), fileName + " in " + directory);
    } catch (IOException e) {
      throw failure("create " + fileName + " in", e);
    }
  }

  @Override
  public void commitSet(List<String> componentFiles, String manifestFile, byte[] manifest) {
    try {
      // Each rename is forced to the disk before the manifest is written, so a manifest that
      // survives a power cut always has its files.
      for (String fileName : componentFiles) {
        Durable.rename(partial(fileName), directory.resolve(fileName));
      }
      PrivateFiles.write(partial(manifestFile), manifest);
      Durable.rename(partial(manifestFile), directory.resolve(manifestFile));
    } catch (IOException e) {
      throw failure("commit the set in", e);
    }
  }

  @Override
  public void abortSet(List<String> fileNames) {
    for (String fileName : fileNames) {
      try {
        Files.deleteIfExists(partial(fileName));
        Files.deleteIfExists(directory.resolve(SetFiles.checkedName(fileName)));
      } catch (IOException | IllegalArgumentException e) {
        if (fileName.endsWith(StoredSet.MANIFEST_SUFFIX)) {
          // A manifest that stays keeps its set listed: its files must stay with it.
          return;
        }
        // Best effort otherwise: a file left behind belongs to no listed set.
      }
    }
  }

  @Override
  public InputStream openFile(StoredSet set, String fileName) {
    Path file = directory.resolve(SetFiles.checkedName(fileName));
    try {
      // Opening a FIFO waits until something writes to it, holding the restore and the platform
      // lock meanwhile; a link could lead anywhere. DRS reads only the regular files it wrote.
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new StorageException(
            Reason.TRANSFER_FAILED,
            "The backup file "
                + file
                + " is not a regular file (a FIFO, device or link placed there): DRS reads only"
                + " the files it wrote. Remove it from the backup directory.");
      }
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw failure("read " + fileName + " from", e);
    }
  }

  @Override
  public void deleteSet(StoredSet set) {
    try {
      Files.deleteIfExists(directory.resolve(set.manifestFile()));
      for (StoredFile file : set.files()) {
        Files.deleteIfExists(directory.resolve(file.name()));
      }
    } catch (IOException e) {
      throw failure("delete the set " + set.name() + " from", e);
    }
  }

  @Override
  public OptionalLong freeSpace() {
    try {
      return OptionalLong.of(Files.getFileStore(directory).getUsableSpace());
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void close() {}

  private StorageException failure(String action, IOException e) {
    Reason reason =
        e instanceof NoSuchFileException
            ? Reason.PATH_MISSING
            : e instanceof AccessDeniedException ? Reason.NOT_WRITABLE : Reason.TRANSFER_FAILED;
    return new StorageException(
        reason, "DRS could not " + action + " " + directory + ": " + e.getMessage(), e);
  }

  private Path partial(String fileName) {
    return directory.resolve(SetFiles.PARTIAL_PREFIX + SetFiles.checkedName(fileName));
  }
}
