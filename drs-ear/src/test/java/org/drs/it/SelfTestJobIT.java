package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
@PersistenceTest
@ExtendWith(ArquillianExtension.class)
class SelfTestJobIT {

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void selfTestJobRunsAtStartAndItsExecutionIsInTheBatchModel() throws Exception {
    try (ServerModel server = new ServerModel()) {
      ModelNode job = server.awaitSelfTest(SelfTestJobIT::hasCompletedExecution);

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

  private static boolean hasCompletedExecution(ModelNode job) {
    return job.hasDefined("execution")
        && job.get("execution").asPropertyList().stream()
            .anyMatch(e -> "COMPLETED".equals(e.getValue().get("batch-status").asString()));
  }
}
