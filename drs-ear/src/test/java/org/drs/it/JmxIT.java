package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRS over a real remote JMX connection to the managed WildFly, as JConsole or the {@code drs}
 * command line connect: the remote caller's identity reaches the services, so an administrator's
 * backup runs and is recorded as started by {@code user <name> (JMX)} in the same History the pages
 * show, while a wrong password, a management user outside {@code drs-admin} and a same-host
 * connection without credentials (WildFly's silent local authentication) are refused.
 */
class JmxIT extends AdminPagesSession {

  private static final String OBJECT_NAME = "org.drs:type=DisasterRecovery";

  @TempDir Path device;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  @PersistenceTest
  void administratorBacksUpOverJmxAndTheHistoryShowsIt() throws Exception {
    backups.localDevice("jmx", device);
    try (JMXConnector connector = connect(TestServer.adminUser(), TestServer.adminPassword())) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName drs = new ObjectName(OBJECT_NAME);

      long jobId =
          (Long)
              server.invoke(
                  drs,
                  "backup",
                  new Object[] {"jmx", new String[] {"DEMO"}},
                  new String[] {String.class.getName(), String[].class.getName()});

      JobWaits.await(
          "the JMX backup to end",
          () ->
              !"RUNNING"
                  .equals(
                      ((CompositeData) server.invoke(drs, "status", null, null)).get("result")));
      CompositeData status = (CompositeData) server.invoke(drs, "status", null, null);
      assertThat(status.get("id")).isEqualTo(jobId);
      assertThat(status.get("result")).isEqualTo("SUCCESS");
      assertThat(status.get("startedBy")).isEqualTo("user " + TestServer.adminUser() + " (JMX)");
      CompositeData[] files =
          (CompositeData[])
              server.invoke(
                  drs,
                  "showBackupFiles",
                  new Object[] {"jmx"},
                  new String[] {String.class.getName()});
      assertThat(files).hasSize(1);
      assertThat(files[0].get("setName")).isEqualTo(status.get("setName"));
      CompositeData[] history =
          (CompositeData[])
              server.invoke(
                  drs, "history", new Object[] {"backup"}, new String[] {String.class.getName()});
      assertThat(history[0].get("id")).isEqualTo(jobId);
    }
    assertThat(backups.awaitEnd(backups.newestJobId())).isEqualTo("SUCCESS");
    assertThat(backups.historyPage()).contains("user " + TestServer.adminUser() + " (JMX)");
  }

  @Test
  void refusalsCarryThePagesMessages() throws Exception {
    try (JMXConnector connector = connect(TestServer.adminUser(), TestServer.adminPassword())) {
      MBeanServerConnection server = connector.getMBeanServerConnection();

      assertThatThrownBy(
              () ->
                  server.invoke(
                      new ObjectName(OBJECT_NAME),
                      "showBackupFiles",
                      new Object[] {"../etc"},
                      new String[] {String.class.getName()}))
          .hasStackTraceContaining("There is no backup device named '../etc'");
    }
  }

  @Test
  void wrongPasswordIsRefusedByWildFly() {
    assertThatThrownBy(() -> connect(TestServer.adminUser(), "not the password").close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Authentication failed");
  }

  @Test
  void managementUserOutsideDrsAdminAndTheSilentLocalUserAreRefused() throws Exception {
    try (JMXConnector operator = connect(TestServer.OPERATOR, TestServer.adminPassword());
        JMXConnector local = connect(null, null)) {
      for (JMXConnector connector : new JMXConnector[] {operator, local}) {
        MBeanServerConnection server = connector.getMBeanServerConnection();
        assertThatThrownBy(
                () ->
                    server.invoke(
                        new ObjectName(OBJECT_NAME),
                        "history",
                        new Object[] {"backup"},
                        new String[] {String.class.getName()}))
            .hasStackTraceContaining("need a management user in the group drs-admin");
      }
    }
  }

  /**
   * A remote JMX connection over WildFly's management interface, with the remoting client from the
   * server's own distribution ({@code bin/client/jboss-cli-client.jar}), as JConsole gets it.
   *
   * @param user null for none: WildFly then lets a same-host client in as its local user
   */
  static JMXConnector connect(String user, String password) throws Exception {
    Path client = TestServer.home().resolve("bin/client/jboss-cli-client.jar");
    assertThat(client).exists();
    ClassLoader remoting =
        new URLClassLoader(new URL[] {client.toUri().toURL()}, JmxIT.class.getClassLoader());
    Map<String, Object> environment = new HashMap<>();
    environment.put(JMXConnectorFactory.PROTOCOL_PROVIDER_CLASS_LOADER, remoting);
    if (user != null) {
      environment.put(JMXConnector.CREDENTIALS, new String[] {user, password});
    }
    JMXServiceURL url =
        new JMXServiceURL("service:jmx:remote+http://localhost:" + TestServer.MANAGEMENT_PORT);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(remoting);
    try {
      return JMXConnectorFactory.connect(url, environment);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
