package org.drs.device;

import java.util.ArrayList;
import java.util.List;
import org.drs.storage.tape.TapeContents;
import org.drs.storage.tape.TapeLabel;
import org.drs.tape.TapeStatus;
import org.drs.tape.TapeStatusFlag;

/**
 * What the guide's show_tapeid and the Backup Device page say of a tape drive: its status, then
 * whether the tape is blank, not a DRS tape, or a DRS tape with its ID and set.
 */
final class TapeDescription {

  private TapeDescription() {}

  /** The drive has no tape: nothing more to say. */
  static String withoutTape(String path) {
    return "No tape in the drive " + path + ": load one.";
  }

  static String of(String path, TapeStatus status, TapeContents contents, boolean overwrite) {
    List<String> drive = new ArrayList<>(List.of("online"));
    if (status.has(TapeStatusFlag.WRITE_PROTECTED)) {
      drive.add("write-protected");
    }
    if (status.has(TapeStatusFlag.BEGINNING_OF_TAPE)) {
      drive.add("at the beginning of the tape");
    }
    String state = "Drive " + path + ": " + String.join(", ", drive) + ". ";
    if (contents.blank()) {
      return state + "The tape is blank: DRS labels it at its first backup.";
    }
    if (contents.label().isEmpty()) {
      return state
          + "The tape is not a DRS tape (no DRS label at its beginning): "
          + (overwrite
              ? "a backup to this device would overwrite what it holds."
              : "backups refuse it, as this device does not overwrite a tape's set.");
    }
    TapeLabel label = contents.label().get();
    String holds =
        contents
            .set()
            .map(set -> "holds set " + set.name() + " of server " + set.server())
            .orElse(
                label.set() == null
                    ? "holds no set"
                    : "holds no complete set (backup " + label.set() + " did not end)");
    return state
        + "Tape "
        + label.tapeId()
        + " "
        + holds
        + "; labelled "
        + label.created()
        + " by DRS "
        + label.drsVersion()
        + ", "
        + label.blockSize() / 1024
        + " KiB blocks.";
  }
}
