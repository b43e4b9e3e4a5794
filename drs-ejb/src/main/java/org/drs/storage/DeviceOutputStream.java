package org.drs.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A device file being written: its failures become {@link DeviceWriteException}s naming it. */
public final class DeviceOutputStream extends FilterOutputStream {

  private final String description;

  /**
   * @param description the file and device, for the administrator, e.g. {@code x.tar on host}
   */
  public DeviceOutputStream(OutputStream out, String description) {
    super(out);
    this.description = description;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void write(byte[] buffer, int offset, int length) throws IOException {
    try {
      out.write(buffer, offset, length);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private DeviceWriteException failure(IOException e) {
    return new DeviceWriteException(
        StorageException.Reason.TRANSFER_FAILED,
        "Writing "
            + description
            + " failed: "
            + e.getMessage()
            + ". Check the device and the network to it.",
        e);
  }
}
