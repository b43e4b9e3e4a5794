package org.drs.cli;

/** A command that cannot go on: its exit code and the one line {@code drs} prints on stderr. */
final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final ExitCode exit;

  CommandException(ExitCode exit, String message) {
    super(message);
    this.exit = exit;
  }
}
