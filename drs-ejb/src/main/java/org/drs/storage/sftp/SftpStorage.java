package org.drs.storage.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.ChannelSftp.LsEntry;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SftpStatVFS;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.drs.storage.DeviceOutputStream;
import org.drs.storage.SetFiles;
import org.drs.storage.Storage;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;
import org.drs.storage.StoredFile;
import org.drs.storage.StoredSet;

/**
 * A directory on an SFTP server as a backup device. Like the local directory, files are written
 * under partial names and renamed at commit, manifest last. One instance holds one SSH session.
 */
public class SftpStorage implements Storage {

  private final SftpTarget target;
  private final Session session;
  private final ChannelSftp sftp;

  public SftpStorage(SftpTarget target) {
    this.target = target;
    this.session = SftpConnection.openSession(target);
    this.sftp = SftpConnection.openChannel(session, target);
  }

  @Override
  public void validate() {
    SftpATTRS attributes;
    try {
      attributes = sftp.stat(literal(target.path()));
    } catch (SftpException e) {
      throw failure(e, "find the path " + target.path() + " on");
    }
    if (!attributes.isDir()) {
      throw new StorageException(
          Reason.PATH_MISSING,
          "The path " + target.path() + " on " + address() + " is not a directory");
    }
    String probe = file(SetFiles.PARTIAL_PREFIX + "probe-" + UUID.randomUUID());
    try {
      sftp.put(new ByteArrayInputStream("DRS write probe".getBytes(StandardCharsets.UTF_8)), probe);
      sftp.rm(probe);
    } catch (SftpException e) {
      throw failure(e, "write a probe file in " + target.path() + " on");
    }
  }

  @Override
  public List<StoredSet> listSets() {
    List<StoredFile> files = new ArrayList<>();
    try {
      for (Object entry : sftp.ls(literal(target.path()))) {
        LsEntry file = (LsEntry) entry;
        if (file.getAttrs().isReg()) {
          files.add(new StoredFile(file.getFilename(), file.getAttrs().getSize()));
        }
      }
    } catch (SftpException e) {
      throw failure(e, "list the backups in " + target.path() + " on");
    }
    return SetFiles.complete(files);
  }

  @Override
  public OutputStream writeFile(String fileName) {
    try {
      return new DeviceOutputStream(
          privateFile(partial(fileName)), fileName + " on " + address() + target.path());
    } catch (SftpException e) {
      throw failure(e, "create " + fileName + " in " + target.path() + " on");
    }
  }

  @Override
  public void commitSet(List<String> componentFiles, String manifestFile, byte[] manifest) {
    try {
      for (String fileName : componentFiles) {
        sftp.rename(partial(fileName), file(fileName));
      }
      try (OutputStream out = privateFile(partial(manifestFile))) {
        out.write(manifest);
      }
      sftp.rename(partial(manifestFile), file(manifestFile));
    } catch (SftpException e) {
      throw failure(e, "commit the set in " + target.path() + " on");
    } catch (IOException e) {
      throw failure(
          new SftpException(ChannelSftp.SSH_FX_FAILURE, e.getMessage(), e),
          "commit the set in " + target.path() + " on");
    }
  }

  /**
   * Opens a remote file for writing and makes it owner-only before any byte is written: JSch cannot
   * pass attributes when it opens a file, so the server's umask decides until then (the README
   * recommends {@code internal-sftp -u 0077}).
   */
  private OutputStream privateFile(String path) throws SftpException {
    OutputStream out = sftp.put(path);
    sftp.chmod(0600, path);
    return out;
  }

  @Override
  public void abortSet(List<String> fileNames) {
    for (String fileName : fileNames) {
      removeIfPresent(partial(fileName));
      if (!removeIfPresent(file(fileName)) && fileName.endsWith(StoredSet.MANIFEST_SUFFIX)) {
        // A manifest that stays keeps its set listed: its files must stay with it.
        return;
      }
    }
  }

  /**
   * @return false when the file may still be there (the server refused, or the connection is gone);
   *     nothing without a manifest is ever listed
   */
  private boolean removeIfPresent(String path) {
    try {
      sftp.rm(path);
      return true;
    } catch (SftpException e) {
      return e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE;
    }
  }

  private String partial(String fileName) {
    return file(SetFiles.PARTIAL_PREFIX + SetFiles.checkedName(fileName));
  }

  @Override
  public InputStream openFile(StoredSet set, String fileName) {
    try {
      return sftp.get(file(SetFiles.checkedName(fileName)));
    } catch (SftpException e) {
      throw failure(e, "read " + fileName + " from");
    }
  }

  @Override
  public void deleteSet(StoredSet set) {
    try {
      sftp.rm(file(set.manifestFile()));
      for (StoredFile file : set.files()) {
        if (!file.name().equals(set.manifestFile())) {
          sftp.rm(file(file.name()));
        }
      }
    } catch (SftpException e) {
      throw failure(e, "delete the set " + set.name() + " from");
    }
  }

  @Override
  public OptionalLong freeSpace() {
    try {
      SftpStatVFS space = sftp.statVFS(target.path());
      return OptionalLong.of(space.getAvailBlocks() * space.getFragmentSize());
    } catch (SftpException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void close() {
    sftp.disconnect();
    session.disconnect();
  }

  /**
   * The remote path of a file, escaped so that JSch takes it literally: its get, put, rm and rename
   * expand '*' and '?' as wildcards, and one crafted name in a shared directory would otherwise
   * make a delete remove other sets' files.
   */
  private String file(String name) {
    String path = target.path().endsWith("/") ? target.path() + name : target.path() + "/" + name;
    return literal(path);
  }

  static String literal(String path) {
    return path.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  private String address() {
    return SftpConnection.address(target);
  }

  private StorageException failure(SftpException e, String action) {
    return switch (e.id) {
      case ChannelSftp.SSH_FX_NO_SUCH_FILE ->
          new StorageException(
              Reason.PATH_MISSING,
              "DRS could not "
                  + action
                  + " "
                  + address()
                  + ": it does not exist. Create the directory first: the SFTP path must exist"
                  + " before the backup",
              e);
      case ChannelSftp.SSH_FX_PERMISSION_DENIED ->
          new StorageException(
              Reason.NOT_WRITABLE,
              "DRS could not "
                  + action
                  + " "
                  + address()
                  + ": permission denied. Give user '"
                  + target.user()
                  + "' write permission on "
                  + target.path(),
              e);
      default ->
          new StorageException(
              Reason.TRANSFER_FAILED,
              "DRS could not " + action + " " + address() + ": " + e.getMessage(),
              e);
    };
  }
}
