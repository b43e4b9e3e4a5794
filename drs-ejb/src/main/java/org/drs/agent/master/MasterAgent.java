package org.drs.agent.master;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.drs.agent.LocalAgent;
import org.drs.common.DrsSettings;

/**
 * The Master Agent, as the guide describes it: the coordinator that knows the servers of the
 * cluster and reaches each one's Local Agent. Backups and restores ask it for the agent of the
 * server a job runs on. Today the cluster is this server, reached in the same JVM.
 */
@ApplicationScoped
public class MasterAgent {

  @Inject private DrsSettings settings;
  @Inject private LocalAgent localAgent;

  /** The servers whose Local Agents are known, by the names manifests record. */
  public List<String> servers() {
    return List.of(settings.serverName());
  }

  /**
   * The Local Agent of a server.
   *
   * @throws IllegalArgumentException for a server the Master Agent does not know
   */
  public LocalAgent localAgent(String server) {
    if (!servers().contains(server)) {
      throw new IllegalArgumentException("No Local Agent is known for server " + server);
    }
    return localAgent;
  }
}
