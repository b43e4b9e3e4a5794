package org.drs.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.util.logging.Logger;

/**
 * The server's Micrometer registry behind the one WildFly 39 gives a deployment. That one (its
 * ApplicationRegistry) passes on only the short forms such as {@code counter(name, tags)}, which
 * carry neither a description nor a unit; meters made with Micrometer's builders stay in it and
 * never reach {@code /prometheus} (WFLY-21061). Prometheus wants a HELP line for every series, so
 * DRS registers its meters on the registry behind it and removes them itself when undeployed.
 */
final class ServerRegistry {

  private static final Logger TRACE = Logger.getLogger(ServerRegistry.class.getName());
  private static final String PARENT = "parentRegistry";

  private ServerRegistry() {}

  static MeterRegistry behind(MeterRegistry deploymentRegistry) {
    try {
      Field parent = deploymentRegistry.getClass().getDeclaredField(PARENT);
      parent.setAccessible(true);
      return (MeterRegistry) parent.get(deploymentRegistry);
    } catch (NoSuchFieldException | IllegalAccessException | ClassCastException e) {
      TRACE.warning(
          "WildFly's registry for deployments ("
              + deploymentRegistry.getClass().getName()
              + ") has no "
              + PARENT
              + ": DRS's metrics stay in it and may not reach /prometheus ("
              + e
              + ")");
      return deploymentRegistry;
    }
  }
}
