package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What DRS keeps across restarts of the server process: the alarm log, the batch job repository and
 * persistent EJB timers, all in the DRS database.
 */
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class RestartIT {

  private static final String CONTAINER = "wildfly-manual";
  private static final String DEPLOYMENT = "drs";
  private static final String BACKUP_DIRECTORY = "system-property=drs.backup.local-directory";
  private static final String RETENTION_TIMERS =
      "deployment=drs.ear/subdeployment=drs-ejb.jar/subsystem=ejb3/singleton-bean=AlarmRetention"
          + "/service=timer-service";

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void alarmsJobHistoryAndTimersSurviveRestarts() throws Exception {
    controller.start(CONTAINER);
    deployer.deploy(DEPLOYMENT);
    try {
      Path notADirectory = Files.createTempFile("drs-not-a-directory", ".txt");
      String configured;
      long completed;
      long failed;
      try (ServerModel server = new ServerModel()) {
        ModelNode job = server.awaitSelfTest(RestartIT::finishedAtLeastOnce);
        completed = executions(job, "COMPLETED");
        failed = executions(job, "FAILED");
        assertThat(retentionTimers(server)).isEqualTo(1);
        configured = server.execute(BACKUP_DIRECTORY, "read-attribute", "name", "value").asString();
        setBackupDirectory(server, notADirectory.toString());
      }

      restart();
      try (ServerModel server = new ServerModel()) {
        try {
          server.awaitSelfTest(job -> executions(job, "FAILED") == failed + 1);
        } finally {
          // Put back whatever happened: the restart tests after this one need the directory.
          setBackupDirectory(server, configured);
        }
      }
      assertThat(alarmsPage())
          .contains("CiscoDRFMasterAgentStartFailure", notADirectory.toString());

      restart();
      try (ServerModel server = new ServerModel()) {
        ModelNode job = server.awaitSelfTest(j -> executions(j, "COMPLETED") == completed + 1);
        assertThat(executions(job, "FAILED")).isEqualTo(failed + 1);
        assertThat(retentionTimers(server)).isEqualTo(1);
      }
      assertThat(alarmsPage()).contains("CiscoDRFMasterAgentStartFailure");
    } finally {
      deployer.undeploy(DEPLOYMENT);
      controller.stop(CONTAINER);
    }
  }

  private void restart() {
    controller.stop(CONTAINER);
    controller.start(CONTAINER);
  }

  private static void setBackupDirectory(ServerModel server, String value) throws Exception {
    server.execute(BACKUP_DIRECTORY, "write-attribute", "name", "value", "value", value);
  }

  private static boolean finishedAtLeastOnce(ModelNode job) {
    return job.get("running-executions").asInt() == 0
        && executions(job, "COMPLETED") + executions(job, "FAILED") > 0;
  }

  private static long executions(ModelNode job, String status) {
    if (!job.hasDefined("execution")) {
      return 0;
    }
    return job.get("execution").asPropertyList().stream()
        .filter(e -> status.equals(e.getValue().get("batch-status").asString()))
        .count();
  }

  private static int retentionTimers(ServerModel server) throws Exception {
    ModelNode timerService =
        server.execute(
            RETENTION_TIMERS, "read-resource", "include-runtime", "true", "recursive", "true");
    return timerService.hasDefined("timer") ? timerService.get("timer").keys().size() : 0;
  }

  private static String alarmsPage() throws Exception {
    DrsWebClient browser = new DrsWebClient();
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
    return browser.get(TestServer.HTTPS + "/drs/alarms.xhtml").body();
  }
}
