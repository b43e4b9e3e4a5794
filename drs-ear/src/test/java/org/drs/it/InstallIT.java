package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRS installed into a WildFly the administrator already runs, and taken out again: a stock server
 * with an application and a datasource of its own, the install path applied online, a backup and a
 * restore of the demo feature over JMX, the application still answering, and after the uninstall
 * the server's management model and configuration file exactly as before. The install refuses, and
 * changes nothing on, a server of another major version and a server whose {@code DrsDS} is its
 * own.
 */
class InstallIT {

  private static final String PRODUCT = "modules/system/layers/base/org/jboss/as/product/main/";
  private static final String PASSWORD = "InstallItPass1";
  private static final String MGMT_USERS = "standalone/configuration/mgmt-users.properties";
  private static final String MGMT_GROUPS = "standalone/configuration/mgmt-groups.properties";
  private static final Map<String, String> ADMINISTRATOR = Map.of("DRS_ADMIN_PASSWORD", PASSWORD);

  @TempDir Path work;

  @Test
  void installsIntoARunningServerBacksUpRestoresAndUninstallsToTheSameConfiguration()
      throws Exception {
    try (PristineServer server = new PristineServer()) {
      refusesAnotherMajorVersion(server);

      server.start();
      server.cli(
          "/subsystem=datasources/data-source=AppDS:add(jndi-name=java:jboss/datasources/AppDS,"
              + " driver-name=h2, connection-url=\"jdbc:h2:mem:app;DB_CLOSE_DELAY=-1\")");
      Path app = work.resolve("hello.war");
      ShrinkWrap.create(WebArchive.class, "hello.war")
          .add(new StringAsset("hello from an application of its own"), "hello.txt")
          .as(ZipExporter.class)
          .exportTo(app.toFile());
      server.cli("deploy " + app);
      assertTheApplicationAnswers();
      refusesADrsDsOfTheServersOwn(server);

      String model = server.model();
      String file = Files.readString(server.configuration());
      String users = Files.readString(server.home().resolve(MGMT_USERS));
      String groups = Files.readString(server.home().resolve(MGMT_GROUPS));
      PristineServer.Run installed = install(server, "--demo", "--audit", "--reload");
      assertThat(installed.exit()).as(installed.out()).isZero();
      assertThat(installed.out()).contains("DRS is deployed as drs.ear");
      assertThat(
              server.cli(
                  "/subsystem=elytron/security-domain=ManagementDomain"
                      + ":read-attribute(name=security-event-listener)"))
          .as("the login audit, asked for with --audit")
          .contains("drs-audit");
      assertThat(server.cli("/deployment=drs.ear:read-attribute(name=status)")).contains("OK");
      assertThat(server.home().resolve("modules/org/drs/tape/main/lib/linux-x86_64/libdrstape.so"))
          .as("the tape library's module")
          .isRegularFile();
      assertThat(server.cli("/subsystem=batch-jberet:read-attribute(name=default-job-repository)"))
          .as("the server's default job repository")
          .contains("in-memory");
      assertThat(
              server.cli(
                  "/subsystem=ejb3/service=timer-service:read-attribute(name=default-data-store)"))
          .as("the server's default timer store")
          .contains("default-file-store");

      backsUpAndRestoresTheDemoFeature(server);
      server.cli("reload");
      assertThat(
              server.cli(
                  "/deployment=drs.ear/subdeployment=*/subsystem=batch-jberet/job=drs-backup"
                      + ":read-resource(include-runtime=true)"))
          .as("the backup's execution after a reload: kept in DRS's own job repository")
          .contains("\"instance-count\" => 1");
      Path fileStore = server.home().resolve("standalone/data/timer-service-data");
      if (Files.isDirectory(fileStore)) {
        try (var stored = Files.list(fileStore)) {
          assertThat(stored.map(path -> path.getFileName().toString()))
              .as("timers in the server's default file store")
              .noneMatch(name -> name.contains("drs"));
        }
      }
      assertTheApplicationAnswers();
      assertThat(server.cli("/subsystem=datasources/data-source=AppDS:test-connection-in-pool"))
          .contains("success");

      PristineServer.Run uninstalled = uninstall(server, "--reload");
      assertThat(uninstalled.exit()).as(uninstalled.out()).isZero();
      assertThat(uninstalled.out()).contains("Kept: ");
      assertThat(server.model()).isEqualTo(model);
      assertThat(Files.readString(server.configuration())).isEqualTo(file);
      assertThat(server.home().resolve(MGMT_USERS)).hasContent(users);
      assertThat(server.home().resolve(MGMT_GROUPS)).hasContent(groups);
      assertThat(server.home().resolve("standalone/data/drs")).as("DRS's data, kept").isDirectory();
      assertThat(server.home().resolve("modules/org/drs")).as("DRS's modules").doesNotExist();
      assertTheApplicationAnswers();

      installsOnPostgreSqlAndPurges(server, model, file, users, groups);
    }
  }

  /**
   * Again with DRS's database on PostgreSQL (its own module and driver, a reload before DRS
   * starts), then out again with its data: the configuration, the users and the modules as before.
   */
  private void installsOnPostgreSqlAndPurges(
      PristineServer server, String model, String file, String users, String groups)
      throws Exception {
    String database = "drs_install_it";
    ProcessBuilder dropAndCreate =
        new ProcessBuilder(
                "bash",
                "-ec",
                "dropdb --if-exists -h 127.0.0.1 -U drs_test "
                    + database
                    + "; createdb -h 127.0.0.1 -U drs_test "
                    + database)
            .redirectErrorStream(true);
    dropAndCreate.environment().put("PGPASSWORD", "drs_test");
    Process fresh = dropAndCreate.start();
    fresh.getOutputStream().close();
    String made = new String(fresh.getInputStream().readAllBytes());
    assertThat(fresh.waitFor()).as(made).isZero();
    Path properties = work.resolve("drs-postgresql.properties");
    Files.writeString(
        properties,
        "drs.postgresql.driver="
            + System.getProperty("drs.postgresql.driver")
            + "\ndrs.postgresql.url=jdbc:postgresql://127.0.0.1:5432/"
            + database
            + "\ndrs.postgresql.user=drs_test\ndrs.postgresql.password=drs_test\n");

    PristineServer.Run installed =
        install(server, "--no-audit", "--postgresql", properties.toString(), "--reload");
    assertThat(installed.exit()).as(installed.out()).isZero();
    assertThat(
            server.cli("/subsystem=datasources/data-source=DrsDS:read-attribute(name=driver-name)"))
        .contains("drs-postgresql");
    assertThat(server.cli("/deployment=drs.ear:read-attribute(name=status)")).contains("OK");
    assertThat(Files.readString(server.home().resolve("standalone/log/server.log")))
        .contains("Database: jdbc:postgresql:");

    PristineServer.Run purged = uninstall(server, "--reload", "--purge");
    assertThat(purged.exit()).as(purged.out()).isZero();
    assertThat(server.model()).isEqualTo(model);
    assertThat(Files.readString(server.configuration())).isEqualTo(file);
    assertThat(server.home().resolve(MGMT_USERS)).hasContent(users);
    assertThat(server.home().resolve(MGMT_GROUPS)).hasContent(groups);
    assertThat(server.home().resolve("modules/org/drs")).doesNotExist();
    assertThat(server.home().resolve("standalone/data/drs")).as("purged").doesNotExist();
    assertTheApplicationAnswers();
  }

  /**
   * A server that says it is WildFly 40: the product module's manifest is shadowed by one with that
   * version, as the module's resource root "." comes before its jar.
   */
  private void refusesAnotherMajorVersion(PristineServer server) throws Exception {
    Path manifest = server.home().resolve(PRODUCT + "META-INF/MANIFEST.MF");
    Files.createDirectories(manifest.getParent());
    try (JarFile jar =
        new JarFile(
            server
                .home()
                .resolve(PRODUCT + "wildfly-feature-pack-product-conf-39.0.1.Final.jar")
                .toFile())) {
      String shipped =
          new String(jar.getInputStream(jar.getEntry("META-INF/MANIFEST.MF")).readAllBytes());
      Files.writeString(
          manifest,
          shipped.replace(
              "JBoss-Product-Release-Version: 39.0.1.Final",
              "JBoss-Product-Release-Version: 40.0.0.Final"));
    }
    try {
      server.start();
      String model = server.model();
      PristineServer.Run refused = install(server);
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.out())
          .contains(
              "the server is WildFly 40.0.0.Final", "built for WildFly 39", "nothing was changed");
      assertThat(server.model()).isEqualTo(model);
    } finally {
      server.stop();
      Files.delete(manifest);
      Files.delete(manifest.getParent());
    }
  }

  private void refusesADrsDsOfTheServersOwn(PristineServer server) throws Exception {
    server.cli(
        "/subsystem=datasources/data-source=DrsDS:add(jndi-name=java:jboss/datasources/TheirDS,"
            + " driver-name=h2, connection-url=\"jdbc:h2:mem:theirs\")");
    String model = server.model();
    PristineServer.Run refused = install(server, "--demo");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out())
        .contains(
            "data-source=DrsDS (DrsDS: jdbc:h2:mem:theirs)",
            "never overwrites",
            "nothing was changed");
    assertThat(server.model()).isEqualTo(model);
    server.cli("/subsystem=datasources/data-source=DrsDS:remove");
    server.reloadIfRequired();
  }

  private void backsUpAndRestoresTheDemoFeature(PristineServer server) throws Exception {
    Path readme = server.home().resolve("standalone/data/demo/files/README.txt");
    String original = Files.readString(readme);
    Path backups = Files.createDirectories(work.resolve("backups"));
    try (JMXConnector connector =
        JmxIT.connect(server.home(), PristineServer.MANAGEMENT_PORT, "admin", PASSWORD)) {
      MBeanServerConnection mbeans = connector.getMBeanServerConnection();
      ObjectName drs = new ObjectName("org.drs:type=DisasterRecovery");
      String string = String.class.getName();
      mbeans.invoke(
          drs,
          "addDevice",
          new Object[] {"here", "LOCAL", backups.toString(), 2, "", 0, "", "", "", "", ""},
          new String[] {
            string, string, string, "int", string, "int", string, string, string, string, string
          });
      long backup =
          (Long)
              mbeans.invoke(
                  drs,
                  "backup",
                  new Object[] {"here", new String[] {"DEMO"}},
                  new String[] {string, String[].class.getName()});
      assertThat(awaitEnd(mbeans, drs, backup)).isEqualTo("SUCCESS");
      CompositeData status = (CompositeData) mbeans.invoke(drs, "status", null, null);

      Files.writeString(readme, "changed after the backup");
      long restore =
          (Long)
              mbeans.invoke(
                  drs,
                  "restore",
                  new Object[] {
                    "here", status.get("setName"), new String[] {"DEMO"}, status.get("server")
                  },
                  new String[] {string, string, String[].class.getName(), string});
      assertThat(awaitEnd(mbeans, drs, restore)).isEqualTo("SUCCESS");
    }
    assertThat(readme).hasContent(original);
  }

  private static String awaitEnd(MBeanServerConnection mbeans, ObjectName drs, long jobId) {
    return JobWaits.awaitResult(
        "job " + jobId + " on the pristine server",
        () -> {
          CompositeData status = (CompositeData) mbeans.invoke(drs, "status", null, null);
          return Long.valueOf(jobId).equals(status.get("id"))
              ? (String) status.get("result")
              : "RUNNING";
        });
  }

  private PristineServer.Run install(PristineServer server, String... options) throws Exception {
    return PristineServer.script(
        ADMINISTRATOR,
        "install-drs.sh",
        arguments(List.of(server.home().toString(), System.getProperty("drs.ear")), options));
  }

  private PristineServer.Run uninstall(PristineServer server, String... options) throws Exception {
    return PristineServer.script(
        Map.of(), "uninstall-drs.sh", arguments(List.of(server.home().toString()), options));
  }

  /** A script's arguments: the positional ones, the pristine server's controller, the options. */
  private static String[] arguments(List<String> positional, String... options) {
    List<String> arguments = new ArrayList<>(positional);
    arguments.add("--controller");
    arguments.add(PristineServer.CONTROLLER);
    arguments.addAll(List.of(options));
    return arguments.toArray(String[]::new);
  }

  private static void assertTheApplicationAnswers() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:" + PristineServer.HTTP_PORT + "/hello/hello.txt"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello from an application of its own");
  }
}
