package org.drs.storage.tape;

import java.io.IOException;
import java.io.OutputStream;
import org.drs.tape.EndOfMediumException;
import org.drs.tape.TapeDrive;

/**
 * A component being written as one tape file of a set: when the tape fills up, the set is marked
 * full, so that no later component or commit pretends the set fits; closing closes the drive.
 */
final class ComponentOnTape extends OutputStream {

  private final TapeDrive drive;
  private final SetOnTape set;
  private final TapeOutputStream file;

  ComponentOnTape(TapeDrive drive, SetOnTape set, String name, int blockSize) {
    this.drive = drive;
    this.set = set;
    this.file = new TapeOutputStream(drive, blockSize, size -> set.written(name, size));
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      file.write(bytes, offset, length);
    } catch (EndOfMediumException e) {
      throw full(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      file.close();
    } catch (EndOfMediumException e) {
      throw full(e);
    } finally {
      drive.close();
    }
  }

  private IOException full(EndOfMediumException e) {
    set.full(TapeStorage.fullMessage(e));
    return new IOException(set.fullMessage(), e);
  }
}
