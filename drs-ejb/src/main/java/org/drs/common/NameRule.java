package org.drs.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guide's rule for the names an administrator gives devices and schedules: letters, digits,
 * spaces, dashes and underscores. Letters are ASCII only, because names end up in file names, CLI
 * arguments and XML; a name may not start or end with a space, and names differ by more than letter
 * case.
 */
public final class NameRule {

  public static final int MAX_LENGTH = 64;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _-]+");

  private NameRule() {}

  /** The key under which names must be unique. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * @param what what is named, e.g. "backup device"
   * @param otherNames the names of the others of its kind, for uniqueness
   * @return the message to show beside the name field, if the name breaks the rule
   */
  public static Optional<String> problem(String name, String what, Collection<String> otherNames) {
    if (name == null || name.isBlank()) {
      return Optional.of("Enter a " + what + " name.");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of(
          "The name has " + name.length() + " characters; use at most " + MAX_LENGTH + ".");
    }
    if (!NAME.matcher(name).matches()) {
      return Optional.of(
          "Use only letters A-Z and a-z, digits, spaces, dashes (-) and underscores (_) in the"
              + " name.");
    }
    if (name.startsWith(" ") || name.endsWith(" ")) {
      return Optional.of("The name may not start or end with a space.");
    }
    if (otherNames.stream().map(NameRule::key).anyMatch(key(name)::equals)) {
      return Optional.of("A " + what + " named '" + name + "' exists already.");
    }
    return Optional.empty();
  }
}
