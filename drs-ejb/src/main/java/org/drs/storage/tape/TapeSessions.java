package org.drs.storage.tape;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.drs.storage.StorageException;
import org.drs.storage.StorageException.Reason;

/**
 * Which drive a backup holds, from the set's label to its manifest or its abort. A tape moves when
 * it is listed, labelled or read, and the st driver lets one program open a drive at a time, so
 * while a backup holds a drive everything else is refused by name ("in use by backup …") rather
 * than left to meet EBUSY between two components, or to move the tape under the backup. The hold is
 * in memory on purpose: a crash ends the backup, and with it the hold.
 */
final class TapeSessions {

  private static final Map<String, SetOnTape> WRITING = new ConcurrentHashMap<>();

  static Optional<SetOnTape> writing(String device) {
    return Optional.ofNullable(WRITING.get(device));
  }

  /** Holds the drive for a new set; refused while another set is being written to it. */
  static void begin(String device, SetOnTape set) {
    SetOnTape holder = WRITING.putIfAbsent(device, set);
    if (holder != null) {
      throw inUse(device, holder);
    }
  }

  static void end(String device, SetOnTape set) {
    WRITING.remove(device, set);
  }

  /** Refuses to move the tape while a backup writes to it. */
  static void refuseWhileWriting(String device) {
    SetOnTape holder = WRITING.get(device);
    if (holder != null) {
      throw inUse(device, holder);
    }
  }

  private static StorageException inUse(String device, SetOnTape holder) {
    return new StorageException(
        Reason.UNREACHABLE,
        "The tape drive "
            + device
            + " is in use by backup "
            + holder.set()
            + ": try again when it has finished");
  }

  private TapeSessions() {}
}
