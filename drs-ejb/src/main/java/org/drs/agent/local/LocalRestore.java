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
import org.drs.agent.RestoreRecovery;
import org.drs.common.DrsSettings;
import org.drs.common.Durable;
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
        FileTrees.sync(
            staging().component(jobId, component.feature(), component.component().name()));
      }
      SwapPlan.of(components).write(staging().swapPlan(jobId));
      AllOrNothingSwap.replaceAll(swaps, staging().swapped(jobId));
      return RestoreOutcome.done();
    } catch (SwapFailedException e) {
      if (e.notPutBack().isEmpty()) {
        markPutBack(jobId);
        return RestoreOutcome.failed(Failure.SWAP, e.component(), e.getMessage());
      }
      String kept = e.getMessage() + ". " + keptAdvice(jobId);
      keep(jobId, kept);
      return RestoreOutcome.failed(Failure.SWAP, e.component(), kept);
    } catch (IOException e) {
      return RestoreOutcome.failed(Failure.SWAP, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RestoreOutcome.failed(
          Failure.SWAP,
          null,
          "the swap was interrupted by a stop of DRS; the next start puts back what it had"
              + " replaced");
    }
  }

  /** Records that a failed swap put every component back: its staging area may go. */
  private void markPutBack(long jobId) {
    try {
      Durable.createMark(staging().putBack(jobId));
    } catch (IOException e) {
      // Without the mark the staging area stays, and the next start puts back again (harmless).
      TRACE.warning("Restore job " + jobId + ": the put-back could not be recorded: " + e);
    }
  }

  /**
   * At the start after a crash, from the staging area alone (an embedded database may have lost the
   * job's last records): finishes each interrupted swap that had replaced every component, or else
   * puts back what it had begun; then removes the staging area. When that cannot be proven (the
   * plan cannot be read, a component is no longer registered or its datasource is not bound yet, a
   * put-back fails), the staging area is kept: it holds the only copy of the data as it was.
   */
  Map<Long, RestoreRecovery> recoverInterrupted() throws IOException {
    Map<Long, RestoreRecovery> recovered = new HashMap<>();
    StagingArea staging = staging();
    for (long jobId : staging.jobs()) {
      if (Files.exists(staging.kept(jobId))) {
        TRACE.warning(
            "The staging area of restore job " + jobId + " is kept: read " + staging.kept(jobId));
        recovered.put(jobId, RestoreRecovery.kept(Files.readString(staging.kept(jobId))));
        continue;
      }
      RestoreRecovery recovery = recover(jobId);
      switch (recovery.state()) {
        case KEPT -> keep(jobId, recovery.detail());
        case PUT_BACK -> {
          markPutBack(jobId);
          discard(jobId);
        }
        case FINISHED -> discard(jobId);
      }
      recovered.put(jobId, recovery);
    }
    return recovered;
  }

  private RestoreRecovery recover(long jobId) {
    StagingArea staging = staging();
    if (!Files.exists(staging.swapPlan(jobId))) {
      return RestoreRecovery.putBack();
    }
    List<String> failed;
    try {
      failed = AllOrNothingSwap.recover(plannedSwaps(jobId), staging.swapped(jobId));
    } catch (IOException | RuntimeException e) {
      failed = List.of("the swap plan (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed = List.of("the recovery, interrupted by a stop of the server");
    }
    if (Files.exists(staging.swapped(jobId))) {
      // Every component had been replaced: the restore is done, whatever old copy stays behind.
      return RestoreRecovery.finished(
          failed.isEmpty()
              ? null
              : "The old copies of " + String.join(", ", failed) + " could not be removed");
    }
    if (failed.isEmpty()) {
      return RestoreRecovery.putBack();
    }
    return RestoreRecovery.kept(
        "DRS could not finish or put back " + String.join(", ", failed) + ". " + keptAdvice(jobId));
  }

  /** Where the old data of a restore that could not be put back is, and what to do. */
  private String keptAdvice(long jobId) {
    StagingArea staging = staging();
    return "The data as it was before the restore is kept in "
        + staging.oldCopies(jobId)
        + " (directories are kept beside their targets as <name>.drs-old-"
        + jobId
        + "): put it back by hand or run the restore again, then remove "
        + staging.kept(jobId).getParent();
  }

  private List<ComponentSwap> plannedSwaps(long jobId) throws IOException {
    SwapPlan plan = SwapPlan.read(staging().swapPlan(jobId), registrations::component);
    List<ComponentSwap> swaps = new ArrayList<>();
    for (ComponentRestoreRequest component : plan.components()) {
      // DRS's own settings are the Master Agent's to put back (a plan of an earlier release may
      // name them).
      if (!RegistrationCatalog.DRS_FEATURE.equals(component.feature())) {
        swaps.add(swapFor(jobId, withoutDeadline(component)));
      }
    }
    return swaps;
  }

  /**
   * The job's deadline has no meaning at a start after a crash: putting back gets each action's own
   * limit, never a deadline that passed while the server was down.
   */
  private static ComponentRestoreRequest withoutDeadline(ComponentRestoreRequest request) {
    return new ComponentRestoreRequest(
        request.jobId(),
        request.device(),
        request.setName(),
        request.setServer(),
        request.feature(),
        request.component(),
        request.fileName(),
        request.recorded(),
        null);
  }

  private void keep(long jobId, String why) {
    try {
      staging().keep(jobId, why);
    } catch (IOException e) {
      TRACE.severe("The staging area of restore job " + jobId + " could not be marked kept: " + e);
    }
  }

  /**
   * Removes a job's staging area, unless it is kept for the administrator or holds a swap proven
   * neither complete nor put back (the next start puts that back).
   */
  void discard(long jobId) {
    try {
      if (!staging().discard(jobId)) {
        TRACE.warning(
            "The staging area of restore job "
                + jobId
                + " stays: it holds data a restore could not put back, or a swap the next start"
                + " puts back");
      }
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
                ActionContext.of(
                    request.feature(),
                    component.name(),
                    request.setName(),
                    request.deadline(),
                    output -> TRACE.info(label + ": " + output))));
  }

  private StagingArea staging() {
    return new StagingArea(settings.stagingDirectory());
  }
}
