package org.drs.cli;

import java.io.IOException;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * DRS's MXBean over a remote JMX connection through WildFly's management interface. Refusals come
 * back as the pages' messages and become {@link ExitCode#REFUSED}; a connection or login that fails
 * becomes {@link ExitCode#UNREACHABLE}.
 */
final class DrsConnection implements AutoCloseable {

  private static final String OBJECT_NAME = "org.drs:type=DisasterRecovery";

  private final JMXConnector connector;
  private final MBeanServerConnection server;
  private final ObjectName drs;

  DrsConnection(Login login) {
    try {
      connector =
          JMXConnectorFactory.connect(
              new JMXServiceURL(login.url()),
              Map.of(
                  JMXConnector.CREDENTIALS,
                  new String[] {login.user(), new String(login.password())}));
      server = connector.getMBeanServerConnection();
      drs = new ObjectName(OBJECT_NAME);
    } catch (IOException | JMException | SecurityException e) {
      throw new CommandException(
          ExitCode.UNREACHABLE,
          "cannot log in to DRS at " + login.url() + " as " + login.user() + ": " + rootMessage(e));
    }
  }

  /**
   * Invokes an operation; the values' classes are its parameter types, a boxed number or boolean
   * standing for the primitive the MXBean takes.
   */
  Object invoke(String operation, Object... values) {
    String[] types = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      types[i] =
          value instanceof Integer
              ? "int"
              : value instanceof Long
                  ? "long"
                  : value instanceof Boolean ? "boolean" : value.getClass().getName();
    }
    try {
      return server.invoke(drs, operation, values, types);
    } catch (RuntimeMBeanException e) {
      throw refused(e);
    } catch (IOException | JMException e) {
      throw failure(e);
    }
  }

  Object attribute(String name) {
    try {
      return server.getAttribute(drs, name);
    } catch (RuntimeMBeanException e) {
      throw refused(e);
    } catch (IOException | JMException e) {
      throw failure(e);
    }
  }

  private static CommandException refused(RuntimeMBeanException e) {
    return new CommandException(ExitCode.REFUSED, rootMessage(e));
  }

  private static CommandException failure(Exception e) {
    return new CommandException(ExitCode.UNREACHABLE, "DRS did not answer: " + rootMessage(e));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  @Override
  public void close() {
    try {
      connector.close();
    } catch (IOException e) {
      // The command's work is done; a connection that does not close cleanly changes nothing.
    }
  }
}
