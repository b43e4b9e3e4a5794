package org.drs.it;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.ModelType;
import org.jboss.dmr.Property;

/**
 * Reads and changes the test server's management model, as an administrator does with jboss-cli. It
 * connects as the local OS user, so it needs no password.
 */
final class ServerModel implements AutoCloseable {

  private final ModelControllerClient client;

  ServerModel() throws IOException {
    client = ModelControllerClient.Factory.create("localhost", TestServer.MANAGEMENT_PORT);
  }

  /** Runs an operation given in CLI form without its address, e.g. {@code read-resource}. */
  ModelNode execute(String address, String operation, String... namesAndValues) throws IOException {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    ModelNode target = op.get("address").setEmptyList();
    for (String element : address.split("/")) {
      if (!element.isEmpty()) {
        String[] pair = element.split("=", 2);
        target.add(pair[0], pair[1]);
      }
    }
    for (int i = 0; i < namesAndValues.length; i += 2) {
      op.get(namesAndValues[i]).set(namesAndValues[i + 1]);
    }
    ModelNode result = client.execute(op);
    if (!"success".equals(result.get("outcome").asString())) {
      throw new IllegalStateException(address + ":" + operation + " failed: " + result);
    }
    return result.get("result");
  }

  /** The self-test job's resource in the batch model of drs.ear. */
  ModelNode selfTestJob() throws IOException {
    return execute(
        "deployment=drs.ear/subdeployment=drs-ejb.jar/subsystem=batch-jberet/job=drs-self-test",
        "read-resource",
        "include-runtime",
        "true",
        "recursive",
        "true");
  }

  /**
   * The batch executions a deployment's model (read recursively with its runtime attributes) shows
   * unfinished, as "job/execution: status": what the WildFly console lists as running.
   */
  static List<String> unfinishedExecutions(ModelNode deployment) {
    List<String> unfinished = new ArrayList<>();
    collectUnfinished(deployment, unfinished);
    return unfinished;
  }

  private static void collectUnfinished(ModelNode node, List<String> unfinished) {
    if (node.getType() != ModelType.OBJECT) {
      return;
    }
    if (node.hasDefined("job")) {
      for (Property job : node.get("job").asPropertyList()) {
        if (job.getValue().hasDefined("execution")) {
          for (Property execution : job.getValue().get("execution").asPropertyList()) {
            String status = execution.getValue().get("batch-status").asString();
            if (Set.of("STARTING", "STARTED", "STOPPING").contains(status)) {
              unfinished.add(job.getName() + "/" + execution.getName() + ": " + status);
            }
          }
        }
      }
    }
    for (String key : node.keys()) {
      collectUnfinished(node.get(key), unfinished);
    }
  }

  /** The server's heap in use right after a full garbage collection, in bytes. */
  long heapUsedAfterGc() throws IOException {
    String memory = "core-service=platform-mbean/type=memory";
    execute(memory, "gc");
    return execute(memory, "read-attribute", "name", "heap-memory-usage").get("used").asLong();
  }

  /** Waits until the self-test job's resource meets the condition, and returns it. */
  ModelNode awaitSelfTest(Predicate<ModelNode> condition) {
    return Awaitility.await("the self-test job to reach the expected state")
        .atMost(JobWaits.BOUND)
        .pollInterval(Duration.ofMillis(250))
        .until(this::selfTestJob, condition);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
