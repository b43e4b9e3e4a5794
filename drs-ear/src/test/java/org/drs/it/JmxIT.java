package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
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

  static final String OBJECT_NAME = "org.drs:type=DisasterRecovery";

  @TempDir Path device;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @AfterAll
  static void removeTestFeatures() throws Exception {
    TestFeatures.remove();
  }

  @Test
  @PersistenceTest
  void administratorBacksUpAndRestoresOverJmxWithNotificationsAndTheHistoryShowsIt()
      throws Exception {
    backups.localDevice("jmx", device);
    String user = "user " + TestServer.adminUser() + " (JMX)";
    try (JMXConnector connector = connect(TestServer.adminUser(), TestServer.adminPassword())) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName drs = new ObjectName(OBJECT_NAME);
      List<Notification> received = subscribe(server);

      long backupId = (Long) invoke(server, "backup", "jmx", new String[] {"DEMO"});

      awaitNotification(received, "drs.job.success", backupId);
      assertThat(types(received, backupId))
          .containsSubsequence("drs.job.running", "drs.job.success");
      CompositeData status = (CompositeData) server.invoke(drs, "status", null, null);
      assertThat(status.get("id")).isEqualTo(backupId);
      assertThat(status.get("result")).isEqualTo("SUCCESS");
      assertThat(status.get("startedBy")).isEqualTo(user);
      CompositeData[] files = (CompositeData[]) invoke(server, "showBackupFiles", "jmx");
      assertThat(files).hasSize(1);
      String set = (String) files[0].get("setName");
      assertThat(set).isEqualTo(status.get("setName"));
      assertThat(((CompositeData) server.getAttribute(drs, "LastBackup")).get("id"))
          .isEqualTo(backupId);
      assertThat((Long) server.getAttribute(drs, "LastSuccessfulBackupAgeSeconds"))
          .isBetween(0L, 600L);
      assertThat(server.getAttribute(drs, "CurrentJob")).isNull();
      assertThat((Long) invoke(server, "estimateSize", (Object) new String[] {"DEMO"}))
          .isPositive();
      assertThat((CompositeData[]) invoke(server, "listDevices"))
          .extracting(device -> device.get("name"))
          .contains("jmx");
      assertThatThrownBy(() -> invoke(server, "showTapeId", "jmx"))
          .hasStackTraceContaining("not a tape device");
      assertThatThrownBy(
              () ->
                  invoke(server, "restore", "jmx", "../../etc", new String[] {"DEMO"}, "LOCALHOST"))
          .hasStackTraceContaining("has no backup set '../../etc'");

      String target = (String) status.get("server");
      assertThat(
              (String[])
                  invoke(server, "restoreSummary", "jmx", set, new String[] {"DEMO"}, target))
          .anyMatch(line -> line.startsWith("DEMO/FILES") && line.contains("overwrites"));
      long restoreId = (Long) invoke(server, "restore", "jmx", set, new String[] {"DEMO"}, target);

      awaitNotification(received, "drs.job.success", restoreId);
      CompositeData[] restores = (CompositeData[]) invoke(server, "history", "restore");
      assertThat(restores[0].get("id")).isEqualTo(restoreId);
      assertThat(restores[0].get("startedBy")).isEqualTo(user);
      assertThat(((CompositeData[]) invoke(server, "history", "backup"))[0].get("id"))
          .isEqualTo(backupId);
    }
    assertThat(backups.historyPage()).contains(user);
  }

  @Test
  void progressAtMostOnceASecondAndAlarmsActiveUntilALaterBackupSucceeds() throws Exception {
    backups.localDevice("jmx", device);
    try (JMXConnector connector = connect(TestServer.adminUser(), TestServer.adminPassword())) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName drs = new ObjectName(OBJECT_NAME);
      List<Notification> received = subscribe(server);

      long partial = (Long) invoke(server, "backup", "jmx", new String[] {"IT"});
      awaitNotification(received, "drs.job.partial", partial);
      assertThat(activeAlarmJobs(server)).contains(partial);

      TestFeatures.holdSlow();
      long slow;
      try {
        slow = (Long) invoke(server, "backup", "jmx", new String[] {"SLOW"});
        // DRS's own settings are backed up first: wait until a tick names the held component.
        JobWaits.await(
            "progress notifications of job " + slow + " naming SLOW/WAIT",
            () ->
                progress(received, slow).size() >= 3
                    && progress(received, slow).stream().anyMatch(JmxIT::namesSlowWait));
        CompositeData current = (CompositeData) server.getAttribute(drs, "CurrentJob");
        assertThat(current.get("id")).isEqualTo(slow);
        assertThat(current.get("currentComponent")).isEqualTo("SLOW/WAIT");
        assertThat(activeAlarmJobs(server)).as("a running job clears nothing").contains(partial);
      } finally {
        TestFeatures.releaseSlow();
      }
      awaitNotification(received, "drs.job.success", slow);

      List<Notification> ticks = progress(received, slow);
      CompositeData held =
          (CompositeData)
              ticks.stream().filter(JmxIT::namesSlowWait).findFirst().orElseThrow().getUserData();
      assertThat(held.get("kind")).isEqualTo("BACKUP");
      assertThat((Integer) held.get("percentage")).isBetween(0, 100);
      for (int i = 1; i < ticks.size(); i++) {
        // The ticker spaces them by at least a second of the server's monotonic clock; their time
        // stamps are its wall clock, read a moment later, to the millisecond.
        assertThat(ticks.get(i).getTimeStamp() - ticks.get(i - 1).getTimeStamp())
            .as("milliseconds between progress notifications")
            .isGreaterThanOrEqualTo(990);
      }
      assertThat(activeAlarmJobs(server)).doesNotContain(partial);
    }
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
        ObjectName drs = new ObjectName(OBJECT_NAME);
        MBeanInfo info = server.getMBeanInfo(drs);
        for (MBeanAttributeInfo attribute : info.getAttributes()) {
          assertThatThrownBy(() -> server.getAttribute(drs, attribute.getName()))
              .as(attribute.getName())
              .hasStackTraceContaining("need a management user in the group drs-admin");
        }
        for (MBeanOperationInfo operation : info.getOperations()) {
          MBeanParameterInfo[] parameters = operation.getSignature();
          Object[] values = new Object[parameters.length];
          String[] types = new String[parameters.length];
          for (int i = 0; i < parameters.length; i++) {
            types[i] = parameters[i].getType();
            values[i] = defaultOf(types[i]);
          }
          assertThatThrownBy(() -> server.invoke(drs, operation.getName(), values, types))
              .as(operation.getName())
              .hasStackTraceContaining("need a management user in the group drs-admin");
        }
        // WildFly's JMX remoting answers any failure to subscribe with "Internal server error";
        // the refusal itself (the SecurityException) is in the server's log.
        assertThatThrownBy(() -> server.addNotificationListener(drs, (n, h) -> {}, null, null))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("Internal server error");
      }
    }
  }

  /** Invokes an operation of DRS's MXBean, with the parameter types of the values given. */
  /** Invokes an operation; a boxed int or boolean stands for the primitive the MXBean takes. */
  static Object invoke(MBeanServerConnection server, String operation, Object... values)
      throws Exception {
    String[] types = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      types[i] =
          values[i] instanceof Integer
              ? "int"
              : values[i] instanceof Boolean ? "boolean" : values[i].getClass().getName();
    }
    return server.invoke(new ObjectName(OBJECT_NAME), operation, values, types);
  }

  /** Every notification DRS sends from now on, as it arrives. */
  static List<Notification> subscribe(MBeanServerConnection server) throws Exception {
    List<Notification> received = new CopyOnWriteArrayList<>();
    server.addNotificationListener(
        new ObjectName(OBJECT_NAME),
        (notification, handback) -> received.add(notification),
        null,
        null);
    return received;
  }

  /** A value for a parameter of the type: 0 for a number, false, null for anything else. */
  private static Object defaultOf(String type) {
    if (type.equals("int")) {
      return 0;
    }
    if (type.equals("boolean")) {
      return false;
    }
    if (type.equals("long")) {
      return 0L;
    }
    return null;
  }

  private static boolean namesSlowWait(Notification tick) {
    return "SLOW/WAIT".equals(((CompositeData) tick.getUserData()).get("currentComponent"));
  }

  /** The jobs of the active alarms. */
  private static List<Long> activeAlarmJobs(MBeanServerConnection server) throws Exception {
    CompositeData[] alarms =
        (CompositeData[]) server.getAttribute(new ObjectName(OBJECT_NAME), "ActiveAlarms");
    return Arrays.stream(alarms).map(alarm -> (Long) alarm.get("jobId")).toList();
  }

  private static List<Notification> progress(List<Notification> received, long jobId) {
    return received.stream()
        .filter(n -> n.getType().equals("drs.job.progress"))
        .filter(n -> Long.valueOf(jobId).equals(((CompositeData) n.getUserData()).get("jobId")))
        .toList();
  }

  static void awaitNotification(List<Notification> received, String type, long jobId) {
    JobWaits.await(
        "notification " + type + " of job " + jobId, () -> types(received, jobId).contains(type));
  }

  private static List<String> types(List<Notification> received, long jobId) {
    return received.stream()
        .filter(n -> Long.valueOf(jobId).equals(n.getUserData()))
        .map(Notification::getType)
        .toList();
  }

  /**
   * A remote JMX connection over WildFly's management interface, with the remoting client from the
   * server's own distribution ({@code bin/client/jboss-cli-client.jar}), as JConsole gets it.
   *
   * @param user null for none: WildFly then lets a same-host client in as its local user
   */
  static JMXConnector connect(String user, String password) throws Exception {
    return connect(TestServer.home(), TestServer.MANAGEMENT_PORT, user, password);
  }

  /** The same, to the management interface of another WildFly, with that server's client. */
  static JMXConnector connect(Path wildfly, int managementPort, String user, String password)
      throws Exception {
    Path client = wildfly.resolve("bin/client/jboss-cli-client.jar");
    assertThat(client).exists();
    ClassLoader remoting =
        new URLClassLoader(new URL[] {client.toUri().toURL()}, JmxIT.class.getClassLoader());
    Map<String, Object> environment = new HashMap<>();
    environment.put(JMXConnectorFactory.PROTOCOL_PROVIDER_CLASS_LOADER, remoting);
    if (user != null) {
      environment.put(JMXConnector.CREDENTIALS, new String[] {user, password});
    }
    JMXServiceURL url = new JMXServiceURL("service:jmx:remote+http://localhost:" + managementPort);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(remoting);
    try {
      return JMXConnectorFactory.connect(url, environment);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
