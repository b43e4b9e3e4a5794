package org.drs.agent.local;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.agent.RestoreOutcome;
import org.drs.agent.RestoreOutcome.Failure;
import org.drs.common.DrsSettings;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * The Local Agent's side of a restore once every component is staged: swapping them all in, all or
 * nothing; finishing or undoing a swap a crash interrupted; removing staging areas.
 */
@ApplicationScoped
class LocalRestore {

  private static final Logger TRACE = Logger.getLogger(LocalRestore.class.getName());

  @Inject private DrsSettings settings;
  @EJB private RegistrationCatalog registrations;
  @Inject private ComponentHandlers handlers;

  RestoreOutcome swap(long jobId, List<ComponentRestoreRequest> components) {
    List<ComponentSwap> swaps = new ArrayList<>();
    try {
      for (ComponentRestoreRequest component : components) {
        swaps.add(swapFor(jobId, component));
      }
      SwapPlan.of(components).write(staging().swapPlan(jobId));
      AllOrNothingSwap.replaceAll(swaps, staging().swapped(jobId));
      return RestoreOutcome.done();
    } catch (SwapFailedException e) {
      return RestoreOutcome.failed(Failure.SWAP, e.component(), e.getMessage());
    } catch (IOException e) {
      return RestoreOutcome.failed(Failure.SWAP, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RestoreOutcome.failed(Failure.SWAP, null, "interrupted");
    }
  }

  /**
   * At the start after a crash, from the staging area alone (an embedded database may have lost the
   * job's last records): finishes each interrupted swap that had replaced every component, or else
   * puts back what it had begun; then removes the staging areas.
   *
   * @return for each interrupted restore job, whether it was finished
   */
  Map<Long, Boolean> recoverInterrupted() throws IOException {
    Map<Long, Boolean> finished = new HashMap<>();
    StagingArea staging = staging();
    for (long jobId : staging.jobs()) {
      boolean done = false;
      if (Files.exists(staging.swapPlan(jobId))) {
        try {
          done = AllOrNothingSwap.recover(plannedSwaps(jobId), staging.swapped(jobId));
        } catch (IOException | RuntimeException e) {
          // DRS must start even so; what could not be recovered is in the trace for the
          // administrator.
          TRACE.severe("Restore job " + jobId + " could not be recovered: " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      finished.put(jobId, done);
      discard(jobId);
    }
    return finished;
  }

  private List<ComponentSwap> plannedSwaps(long jobId) throws IOException {
    SwapPlan plan = SwapPlan.read(staging().swapPlan(jobId), registrations::component);
    List<ComponentSwap> swaps = new ArrayList<>();
    for (ComponentRestoreRequest component : plan.components()) {
      // DRS's own settings are the Master Agent's to put back (a plan of an earlier release may
      // name them).
      if (!RegistrationCatalog.DRS_FEATURE.equals(component.feature())) {
        swaps.add(swapFor(jobId, component));
      }
    }
    return swaps;
  }

  void discard(long jobId) {
    try {
      staging().discard(jobId);
    } catch (IOException e) {
      TRACE.warning("The staging area of restore job " + jobId + " could not be removed: " + e);
    }
  }

  private ComponentSwap swapFor(long jobId, ComponentRestoreRequest request) throws IOException {
    ComponentRegistration component = request.component();
    StagingArea staging = staging();
    Path staged = staging.component(jobId, request.feature(), component.name());
    Path old = staging.old(jobId, request.feature(), component.name());
    String label = request.label();
    return handlers
        .of(component)
        .swap(
            new ComponentHandler.SwapTarget(
                label,
                component,
                staged,
                old,
                jobId,
                Map.of(
                    "DRS_FEATURE", request.feature(),
                    "DRS_COMPONENT", component.name(),
                    "DRS_SET", request.setName())));
  }

  private StagingArea staging() {
    return new StagingArea(settings.stagingDirectory());
  }
}
