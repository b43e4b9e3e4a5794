package org.drs.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.Logger;
import org.drs.common.PrivateFiles;

/**
 * A job's own log file, which the status and history pages link to. Trace files are the logging
 * subsystem's; this file holds only what the administrator needs to read about one job.
 */
public final class JobLog {

  private static final Logger TRACE = Logger.getLogger(JobLog.class.getName());

  private JobLog() {}

  public static void append(Path file, String line) {
    try {
      PrivateFiles.createDirectories(file.getParent());
      PrivateFiles.write(
          file,
          (Instant.now() + " " + line + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      TRACE.warning("Job log " + file + " cannot be written: " + e.getMessage());
    }
  }
}
