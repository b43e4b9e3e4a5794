package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch wiring: drs-ejb starts a job whose XML and batchlet live in drs-batch, and WildFly's
 * batch model (what the console shows) lists its execution. Also the trace files of the guide.
 */
@ExtendWith(ArquillianExtension.class)
class SelfTestJobIT {

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void selfTestJobRunsAtStartAndItsExecutionIsInTheBatchModel() throws Exception {
    try (ServerModel server = new ServerModel()) {
      ModelNode job = server.awaitSelfTest(SelfTestJobIT::newestExecutionCompleted);

      assertThat(job.get("job-xml-names").asList())
          .extracting(ModelNode::asString)
          .contains("drs-self-test.xml");
    }
  }

  @Test
  void traceFilesCarryTheGuidesNames() throws Exception {
    Path trace = TestServer.logDirectory().resolve("drf/trace");

    assertThat(trace.resolve("drfMA.log")).exists();
    assertThat(trace.resolve("drfLA.log")).exists();
    assertThat(trace.resolve("drfConfLib.log")).exists();
    assertThat(Files.readString(trace.resolve("drfMA.log"))).contains("Master Agent started");
  }

  /**
   * No second-level cache, hence no cache resources in the deployment's management model for the
   * metrics subsystem to walk while WildFly builds them (that race once failed a deployment).
   */
  @Test
  void persistenceUnitRunsWithoutASecondLevelCache() throws Exception {
    assertThat(Files.readString(TestServer.logDirectory().resolve("server.log")))
        .contains("Read persistence.xml for drs")
        .doesNotContain("Second level cache enabled for drs.ear");
  }

  /** This deployment's run: the execution with the highest id, not one of an earlier deployment. */
  private static boolean newestExecutionCompleted(ModelNode job) {
    return job.hasDefined("execution")
        && job.get("execution").asPropertyList().stream()
            .max(Comparator.comparingLong(e -> Long.parseLong(e.getName())))
            .map(e -> "COMPLETED".equals(e.getValue().get("batch-status").asString()))
            .orElse(false);
  }
}
