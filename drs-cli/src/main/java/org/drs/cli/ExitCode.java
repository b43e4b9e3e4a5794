package org.drs.cli;

import java.util.Locale;

/** How {@code drs} ends; scripts test these (README, "Command line"). */
enum ExitCode {
  SUCCESS(0),
  FAILED(1),
  USAGE(2),
  REFUSED(3),
  PARTIAL(4),
  UNREACHABLE(5),
  CANCELLED(6);

  final int status;

  ExitCode(int status) {
    this.status = status;
  }

  /** The exit of a command that waited for a job: its result's. */
  static ExitCode ofJobResult(String result) {
    return switch (result.toUpperCase(Locale.ROOT)) {
      case "SUCCESS" -> SUCCESS;
      case "PARTIAL" -> PARTIAL;
      case "CANCELLED" -> CANCELLED;
      default -> FAILED;
    };
  }
}
