package org.drs.registration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one registration descriptor ({@code urn:drs:registration:1}, documented in the README) and
 * checks it: names fit in backup file names, paths are absolute without {@code ..}, every component
 * has exactly one action. {@code ${name}} in paths takes a system property's value.
 */
public final class RegistrationReader {

  static final String NAMESPACE = "urn:drs:registration:1";
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]{0,31}");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._()+-]{1,64}");

  private final UnaryOperator<String> expressions;

  /**
   * @param expressions resolves {@code ${…}} in attribute values
   */
  public RegistrationReader(UnaryOperator<String> expressions) {
    this.expressions = expressions;
  }

  public FeatureRegistration read(Path descriptor) {
    try (InputStream in = Files.newInputStream(descriptor)) {
      return read(in, descriptor.toString());
    } catch (IOException e) {
      throw new RegistrationException(descriptor + " cannot be read: " + e.getMessage());
    }
  }

  /** Reads a descriptor from a stream; the source names it in messages. */
  public FeatureRegistration read(InputStream in, String source) {
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      return read(factory.createXMLStreamReader(in), source);
    } catch (XMLStreamException e) {
      throw new RegistrationException(source + " is not well-formed XML: " + e.getMessage());
    }
  }

  private FeatureRegistration read(XMLStreamReader xml, String source) throws XMLStreamException {
    xml.nextTag();
    expect(xml, "feature", source);
    String feature = name(xml, "feature", source);
    String version = attribute(xml, "version", source);
    if (!VERSION.matcher(version).matches()) {
      throw problem(
          xml, source, "version '" + version + "' may use only letters, digits and ._()+-");
    }
    List<ComponentRegistration> components = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      expect(xml, "component", source);
      ComponentRegistration component = component(xml, source);
      if (!names.add(component.name())) {
        throw problem(xml, source, "component " + component.name() + " is registered twice");
      }
      components.add(component);
    }
    if (components.isEmpty()) {
      throw problem(xml, source, "feature " + feature + " has no component");
    }
    return new FeatureRegistration(feature, version, List.copyOf(components), source);
  }

  private ComponentRegistration component(XMLStreamReader xml, String source)
      throws XMLStreamException {
    String name = name(xml, "component", source);
    ActionKind kind = null;
    String target = null;
    String preBackup = null;
    String postBackup = null;
    Duration preBackupTimeout = null;
    Duration actionTimeout = null;
    Duration postBackupTimeout = null;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String element = xml.getLocalName();
      switch (element) {
        case "directory", "database", "postgresql", "script" -> {
          if (kind != null) {
            throw problem(xml, source, "component " + name + " has more than one action");
          }
          kind = ActionKind.valueOf(element.toUpperCase());
          target =
              switch (kind) {
                case DATABASE -> attribute(xml, "datasource", source);
                case POSTGRESQL -> postgresConnection(xml, source);
                case DIRECTORY, SCRIPT -> path(xml, attribute(xml, "path", source), source);
              };
          actionTimeout = timeout(xml, source);
        }
        case "pre-backup" -> {
          preBackup = path(xml, attribute(xml, "script", source), source);
          preBackupTimeout = timeout(xml, source);
        }
        case "post-backup" -> {
          postBackup = path(xml, attribute(xml, "script", source), source);
          postBackupTimeout = timeout(xml, source);
        }
        default ->
            throw problem(
                xml,
                source,
                "<"
                    + element
                    + "> is not known; use directory, database, postgresql, script, pre-backup"
                    + " or post-backup");
      }
      xml.nextTag();
    }
    if (kind == null) {
      throw problem(
          xml,
          source,
          "component " + name + " needs one action: directory, database, postgresql or script");
    }
    return new ComponentRegistration(
        name,
        kind,
        target,
        preBackup,
        postBackup,
        new ActionTimeouts(preBackupTimeout, actionTimeout, postBackupTimeout));
  }

  /** An action's optional {@code timeout}: whole seconds, at least 1. */
  private static Duration timeout(XMLStreamReader xml, String source) {
    String value = xml.getAttributeValue(null, "timeout");
    if (value == null) {
      return null;
    }
    if (!value.matches("[1-9][0-9]{0,8}")) {
      throw problem(
          xml,
          source,
          "timeout '"
              + value
              + "' of <"
              + xml.getLocalName()
              + "> must be a whole number of seconds, e.g. timeout=\"600\"");
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }

  /**
   * The libpq connection string pg_dump and pg_restore get: database and user are required, the
   * server defaults to localhost:5432, and the password comes from a pgpass file, never from the
   * descriptor.
   */
  private String postgresConnection(XMLStreamReader xml, String source) {
    String port = optionalAttribute(xml, "port", "5432");
    if (!PORT.matcher(port).matches()
        || Integer.parseInt(port) == 0
        || Integer.parseInt(port) > 65535) {
      throw problem(xml, source, "port '" + port + "' must be a number from 1 to 65535");
    }
    StringBuilder connection = new StringBuilder();
    connection.append("host=").append(quoted(optionalAttribute(xml, "host", "localhost")));
    connection.append(" port=").append(port);
    connection.append(" dbname=").append(quoted(attribute(xml, "database", source)));
    connection.append(" user=").append(quoted(attribute(xml, "user", source)));
    String passfile = xml.getAttributeValue(null, "passfile");
    if (passfile != null) {
      connection.append(" passfile=").append(quoted(path(xml, passfile, source)));
    }
    return connection.toString();
  }

  private static String quoted(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String optionalAttribute(XMLStreamReader xml, String name, String otherwise) {
    String value = xml.getAttributeValue(null, name);
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private String path(XMLStreamReader xml, String value, String source) {
    String path = expressions.apply(value);
    if (!path.startsWith("/") || List.of(path.split("/")).contains("..")) {
      throw problem(xml, source, "path '" + path + "' must be absolute and without '..'");
    }
    return path;
  }

  private static String name(XMLStreamReader xml, String what, String source) {
    String name = attribute(xml, "name", source);
    if (!NAME.matcher(name).matches()) {
      throw problem(
          xml,
          source,
          what
              + " name '"
              + name
              + "' must be 1 to 32 upper-case letters, digits and dashes, starting with a letter"
              + " (it becomes part of backup file names)");
    }
    return name;
  }

  private static String attribute(XMLStreamReader xml, String name, String source) {
    String value = xml.getAttributeValue(null, name);
    if (value == null || value.isBlank()) {
      throw problem(xml, source, "<" + xml.getLocalName() + "> needs the attribute " + name);
    }
    return value.strip();
  }

  private static void expect(XMLStreamReader xml, String element, String source) {
    if (!NAMESPACE.equals(xml.getNamespaceURI()) || !element.equals(xml.getLocalName())) {
      throw problem(
          xml,
          source,
          "expected <"
              + element
              + "> in namespace "
              + NAMESPACE
              + ", found <"
              + xml.getLocalName()
              + ">");
    }
  }

  private static RegistrationException problem(XMLStreamReader xml, String source, String text) {
    return new RegistrationException(
        source + " line " + xml.getLocation().getLineNumber() + ": " + text);
  }
}
