package org.drs.cli;

import java.util.Map;

/** What {@code drs --help} and {@code drs COMMAND --help} print. */
final class Help {

  static final String USAGE =
      """
      usage: drs [--url URL] [--user USER] [--json] COMMAND [ARGUMENTS]

        status [--watch]                            the running job, else the newest one
        backup DEVICE FEATURE... [--wait]           back up features (DRS's settings always)
        restore DEVICE SET FEATURES SERVER [--yes] [--wait]
                                                    restore a set's features (comma-separated)
        show_backupfiles DEVICE                     the sets on a device
        cancel_backup | cancel_restore              stop the running job
        show_registration SERVER                    the features registered on a server
        show_tapeid DEVICE                          the drive's status and its tape's ID and set
        history backup|restore                      the last 20 jobs
        device list | device add NAME ... | device delete NAME
        schedule list | schedule enable|disable|delete NAME
        estimate_size FEATURE...                    bytes a backup of the features needs

      drs COMMAND --help says more of one command.
      Connection: --url or DRS_URL (default service:jmx:remote+http://localhost:9990), --user or
      DRS_USER; password from DRS_PASSWORD, ~/.config/drs/cli.properties (mode 600) or a prompt.
      Exit: 0 success, 1 failed, 2 usage, 3 refused, 4 partial, 5 unreachable or login refused,
      6 cancelled.
      """;

  private static final Map<String, String> COMMANDS =
      Map.ofEntries(
          Map.entry(
              "status",
              """
              usage: drs status [--watch]
              The running backup or restore, else the newest job. --watch follows it once a second
              (a progress bar on a terminal) until it ends; the exit code is then its result's.
              """),
          Map.entry(
              "backup",
              """
              usage: drs backup DEVICE FEATURE... [--wait]
              Starts a backup of the features to the device; DRS's own settings are always added.
              Prints the job id, or with --wait follows the job and exits with its result
              (0 SUCCESS, 4 PARTIAL, 6 CANCELLED, 1 otherwise).
              """),
          Map.entry(
              "restore",
              """
              usage: drs restore DEVICE SET FEATURES SERVER [--yes] [--wait]
              Restores FEATURES (comma-separated) of the backup SET (as show_backupfiles names it,
              or SET@SERVER) onto SERVER. Prints what each component overwrites and asks for yes,
              unless --yes is given; --wait follows the job.
              """),
          Map.entry(
              "show_backupfiles",
              """
              usage: drs show_backupfiles DEVICE
              The complete backup sets on the device, newest first.
              """),
          Map.entry(
              "cancel_backup",
              """
              usage: drs cancel_backup
              The running backup stops after its current component; the set is not kept.
              """),
          Map.entry(
              "cancel_restore",
              """
              usage: drs cancel_restore
              The running restore stops before it changes anything; refused once its swap began.
              """),
          Map.entry(
              "show_registration",
              """
              usage: drs show_registration SERVER
              Each feature registered on the server, with its components.
              """),
          Map.entry(
              "show_tapeid",
              """
              usage: drs show_tapeid DEVICE
              The tape device's drive status, and what its tape holds: blank, not a DRS tape, or
              the tape ID and the set it holds. It reads the tape's label, which moves the tape,
              so it is refused while a backup writes to the drive.
              """),
          Map.entry(
              "history",
              """
              usage: drs history backup|restore
              The last 20 jobs of the kind, newest first, as the History pages show them.
              """),
          Map.entry("device", DeviceCommand.HELP),
          Map.entry(
              "schedule",
              """
              usage: drs schedule list | drs schedule enable|disable|delete NAME
              The backup schedules; the default schedule can be disabled but not deleted.
              """),
          Map.entry(
              "estimate_size",
              """
              usage: drs estimate_size FEATURE...
              The bytes a backup of the features needs, from the newest backup that wrote each.
              """));

  private Help() {}

  /** The help of a command, or the list of commands for one drs does not know. */
  static String of(String command) {
    return COMMANDS.getOrDefault(command, USAGE);
  }
}
