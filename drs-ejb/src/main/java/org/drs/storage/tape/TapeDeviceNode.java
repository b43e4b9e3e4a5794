package org.drs.storage.tape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;

/** Checks that a tape device path names a character device, without opening or writing it. */
public final class TapeDeviceNode {

  private static final int FILE_TYPE_MASK = 0170000;
  private static final int CHARACTER_DEVICE = 0020000;

  private TapeDeviceNode() {}

  public static void check(Path devicePath) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(devicePath, "unix:mode");
    } catch (IOException | UnsupportedOperationException e) {
      throw new StorageException(
          Reason.UNREACHABLE,
          "There is no tape device at "
              + devicePath
              + " on this server: check the path (e.g. /dev/nst0) and that the drive is attached",
          e);
    }
    if ((mode & FILE_TYPE_MASK) != CHARACTER_DEVICE) {
      throw new StorageException(
          Reason.UNREACHABLE,
          devicePath + " is not a tape device (not a character device): use e.g. /dev/nst0");
    }
  }
}
