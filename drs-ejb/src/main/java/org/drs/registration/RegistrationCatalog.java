package org.drs.registration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drs.common.DrsSettings;
import org.drs.common.DrsVersion;

/**
 * The Master Agent's registry of features and components on this server, read at start from the
 * descriptor inside the DRS deployment — the {@value #DRS_FEATURE} feature, whose {@value
 * #PLATFORM_COMPONENT} component carries DRS's own settings in every backup — and from the
 * registration directory. A descriptor that breaks a rule is left out and its problem is shown on
 * the Registration page.
 */
@Startup
@Singleton
@PermitAll
public class RegistrationCatalog {

  public static final String DRS_FEATURE = "DRS";
  public static final String PLATFORM_COMPONENT = "PLATFORM";
  private static final Logger TRACE = Logger.getLogger(RegistrationCatalog.class.getName());
  private static final String BUILT_IN = "/META-INF/drs/registration.xml";
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

  @Inject private DrsSettings settings;

  private List<FeatureRegistration> features = List.of();
  private List<String> problems = List.of();

  @PostConstruct
  void load() {
    List<FeatureRegistration> loaded = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    RegistrationReader reader = new RegistrationReader(RegistrationCatalog::resolve);
    loaded.add(builtIn(reader));
    Set<String> names = new HashSet<>(Set.of(DRS_FEATURE));
    for (Path descriptor : descriptors(refused)) {
      try {
        FeatureRegistration feature = reader.read(descriptor);
        if (!names.add(feature.name())) {
          throw new RegistrationException(
              descriptor + ": feature " + feature.name() + " is registered by another descriptor");
        }
        loaded.add(feature);
        TRACE.info(
            "Registered feature "
                + feature.name()
                + " "
                + feature.version()
                + " from "
                + descriptor);
      } catch (RegistrationException e) {
        TRACE.severe("Registration refused: " + e.getMessage());
        refused.add(e.getMessage());
      }
    }
    features = List.copyOf(loaded);
    problems = List.copyOf(refused);
  }

  @Lock(LockType.READ)
  public List<FeatureRegistration> features() {
    return features;
  }

  /** The features an administrator can choose; the DRS feature is always backed up anyway. */
  @Lock(LockType.READ)
  public List<FeatureRegistration> selectableFeatures() {
    return features.stream().filter(f -> !DRS_FEATURE.equals(f.name())).toList();
  }

  @Lock(LockType.READ)
  public Optional<FeatureRegistration> feature(String name) {
    return features.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** A registered component of a feature, by their names. */
  @Lock(LockType.READ)
  public Optional<ComponentRegistration> component(String feature, String component) {
    return feature(feature).stream()
        .flatMap(registered -> registered.components().stream())
        .filter(c -> c.name().equals(component))
        .findFirst();
  }

  /** Descriptors that were refused, each with its reason. */
  @Lock(LockType.READ)
  public List<String> problems() {
    return problems;
  }

  /**
   * DRS's own feature, from the descriptor inside the deployment; its version is always this
   * release's.
   */
  private FeatureRegistration builtIn(RegistrationReader reader) {
    try (InputStream in = getClass().getResourceAsStream(BUILT_IN)) {
      FeatureRegistration drs = reader.read(in, "drs-ejb.jar!" + BUILT_IN);
      return new FeatureRegistration(
          drs.name(), DrsVersion.current(), drs.components(), drs.source());
    } catch (IOException e) {
      throw new UncheckedIOException("The built-in registration " + BUILT_IN + " is missing", e);
    }
  }

  private List<Path> descriptors(List<String> refused) {
    Path directory = settings.registrationDirectory();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".xml"))
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      refused.add("The registration directory " + directory + " cannot be read: " + e);
      return List.of();
    }
  }

  /** Replaces {@code ${name}} by the system property, or {@code ${env.NAME}} by the variable. */
  static String resolve(String value) {
    Matcher matcher = EXPRESSION.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement =
          name.startsWith("env.") ? System.getenv(name.substring(4)) : System.getProperty(name);
      if (replacement == null) {
        throw new RegistrationException("${" + name + "} in '" + value + "' has no value");
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }
}
