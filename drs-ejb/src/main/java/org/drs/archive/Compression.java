package org.drs.archive;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a component's tar stream is compressed on the device; zstd unless a device says otherwise.
 */
public enum Compression {
  ZSTD(".tar.zst"),
  GZIP(".tar.gz"),
  NONE(".tar");

  /** zstd level 1 with a worker per core: throughput first, as {@code zstd -1 -T0} does. */
  static final int ZSTD_LEVEL = 1;

  private final String extension;

  Compression(String extension) {
    this.extension = extension;
  }

  /** The file name ending, {@code .tar.zst} for instance. */
  public String extension() {
    return extension;
  }

  OutputStream wrap(OutputStream out) throws IOException {
    return switch (this) {
      case ZSTD -> {
        ZstdOutputStream zstd = new ZstdOutputStream(out, ZSTD_LEVEL);
        zstd.setWorkers(Runtime.getRuntime().availableProcessors());
        yield zstd;
      }
      case GZIP -> new GZIPOutputStream(out, 64 * 1024);
      case NONE -> out;
    };
  }

  InputStream unwrap(InputStream in) throws IOException {
    return switch (this) {
      case ZSTD -> new ZstdInputStream(in);
      case GZIP -> new GZIPInputStream(in, 64 * 1024);
      case NONE -> in;
    };
  }

  /** The compression a component file name ends with. */
  public static Compression ofFile(String fileName) {
    for (Compression compression : values()) {
      if (compression != NONE && fileName.endsWith(compression.extension)) {
        return compression;
      }
    }
    return NONE;
  }
}
