package org.drs.device;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.drs.common.FieldProblem;
import org.drs.common.NameRule;

/**
 * The guide's rules for device settings, checked before DRS connects to anything; names follow
 * {@link NameRule}.
 */
public final class DeviceRules {

  public static final int MAX_DEVICES = 10;
  public static final int MAX_NAME_LENGTH = NameRule.MAX_LENGTH;
  public static final int MIN_BACKUPS = 1;
  public static final int MAX_BACKUPS = 99;

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]+");
  private static final Pattern USER = Pattern.compile("[^\\s@:/\\\\\\p{Cntrl}]+");

  private DeviceRules() {}

  /** The key under which device names must be unique. */
  public static String nameKey(String name) {
    return NameRule.key(name);
  }

  /**
   * @param otherNames the names of the other devices, for uniqueness
   * @param hasStoredSecret whether the device already has a password or key stored
   */
  public static List<FieldProblem> check(
      DeviceSettings settings, Collection<String> otherNames, boolean hasStoredSecret) {
    List<FieldProblem> problems = new ArrayList<>();
    checkName(settings.name(), otherNames, problems);
    if (settings.type() == null) {
      problems.add(new FieldProblem("type", "Choose the kind of backup device."));
      return problems;
    }
    switch (settings.type()) {
      case SFTP -> checkSftp(settings, hasStoredSecret, problems);
      case LOCAL -> checkPath(settings.path(), "the directory", problems);
      case TAPE -> checkTape(settings, problems);
    }
    if (settings.type().keepsBackupCount()) {
      Integer count = settings.backupsToStore();
      if (count == null || count < MIN_BACKUPS || count > MAX_BACKUPS) {
        problems.add(
            new FieldProblem(
                "backupsToStore",
                "Enter how many backups to keep on this device, from "
                    + MIN_BACKUPS
                    + " to "
                    + MAX_BACKUPS
                    + "."));
      }
    }
    return problems;
  }

  private static void checkName(
      String name, Collection<String> otherNames, List<FieldProblem> problems) {
    NameRule.problem(name, "backup device", otherNames)
        .ifPresent(message -> problems.add(new FieldProblem("name", message)));
  }

  private static void checkSftp(
      DeviceSettings settings, boolean hasStoredSecret, List<FieldProblem> problems) {
    if (DeviceSettings.isBlank(settings.host())) {
      problems.add(new FieldProblem("host", "Enter the server name or IP address."));
    } else if (settings.host().length() > 255 || !HOST.matcher(settings.host()).matches()) {
      problems.add(
          new FieldProblem(
              "host", "Enter a server name or IP address, without user name, port or path."));
    }
    Integer port = settings.port();
    if (port == null || port < 1 || port > 65535) {
      problems.add(new FieldProblem("port", "Enter a port from 1 to 65535 (SSH uses 22)."));
    }
    checkPath(settings.path(), "the directory on the server", problems);
    if (DeviceSettings.isBlank(settings.user())) {
      problems.add(new FieldProblem("user", "Enter the user name of the account on the server."));
    } else if (settings.user().length() > MAX_NAME_LENGTH
        || !USER.matcher(settings.user()).matches()) {
      problems.add(
          new FieldProblem("user", "Enter the user name alone, without spaces, host or path."));
    }
    if (!DeviceSettings.isBlank(settings.password())
        && !DeviceSettings.isBlank(settings.privateKey())) {
      problems.add(
          new FieldProblem("privateKey", "Enter either a password or a private key, not both."));
    } else if (!settings.hasNewSecret() && !hasStoredSecret) {
      problems.add(
          new FieldProblem("password", "Enter the account's password, or a private key instead."));
    }
  }

  private static void checkTape(DeviceSettings settings, List<FieldProblem> problems) {
    checkPath(settings.path(), "the tape device, e.g. /dev/nst0,", problems);
    if (settings.tape() != null && settings.tape().blockSizeProblem() != null) {
      problems.add(new FieldProblem("tapeBlockSize", settings.tape().blockSizeProblem()));
    }
  }

  private static void checkPath(String path, String what, List<FieldProblem> problems) {
    if (DeviceSettings.isBlank(path)) {
      problems.add(new FieldProblem("path", "Enter the path of " + what + "."));
    } else if (!path.startsWith("/")) {
      problems.add(
          new FieldProblem("path", "Enter the full path of " + what + ", starting with /."));
    } else if (path.chars().anyMatch(Character::isISOControl)
        || List.of(path.split("/")).contains("..")) {
      problems.add(
          new FieldProblem(
              "path", "The path may not contain '..' or control characters: enter it directly."));
    } else if (path.length() > 1024) {
      problems.add(new FieldProblem("path", "The path is longer than 1024 characters."));
    }
  }
}
