package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.drs.common.Durable;
import org.drs.common.FaultPoints;

/**
 * The swap phase of a restore: replaces every component in order and keeps the old data until the
 * last one succeeded; when one fails, every component touched so far is put back, newest first.
 */
final class AllOrNothingSwap {

  private static final Logger TRACE = Logger.getLogger(AllOrNothingSwap.class.getName());

  private AllOrNothingSwap() {}

  /**
   * @param swapped written once every component was replaced: after a crash, it says whether to
   *     finish the restore (drop the old data) or undo it (put the old data back)
   */
  static void replaceAll(List<? extends ComponentSwap> swaps, Path swapped)
      throws SwapFailedException, InterruptedException {
    List<ComponentSwap> touched = new ArrayList<>();
    for (ComponentSwap swap : swaps) {
      touched.add(swap);
      try {
        TRACE.info("Swapping in the restored " + swap.label());
        swap.replace();
        FaultPoints.reach(FaultPoints.SWAP_REPLACED);
      } catch (IOException | RuntimeException e) {
        TRACE.warning("Swapping in " + swap.label() + " failed: " + e.getMessage());
        throw new SwapFailedException(swap.label(), e.getMessage(), putBack(touched));
      }
    }
    try {
      Durable.createMark(swapped);
      FaultPoints.reach(FaultPoints.SWAP_RECORDED);
    } catch (IOException e) {
      throw new SwapFailedException(
          "the restore", "its completion could not be recorded: " + e, putBack(touched));
    }
    for (ComponentSwap swap : touched) {
      try {
        swap.discardOld();
      } catch (IOException e) {
        TRACE.warning("The old data of " + swap.label() + " could not be removed: " + e);
      }
    }
  }

  /**
   * After a crash in the swap phase: finishes it if every component had been replaced, else puts
   * back every component that had begun, newest first.
   *
   * @param swapped the mark {@link #replaceAll} writes once every component was replaced
   * @return the components that could not be finished or put back, each with why; empty when all
   *     were
   */
  static List<String> recover(List<? extends ComponentSwap> swaps, Path swapped)
      throws InterruptedException {
    boolean finished = Files.exists(swapped);
    List<String> failed = new ArrayList<>();
    for (int i = swaps.size() - 1; i >= 0; i--) {
      ComponentSwap swap = swaps.get(i);
      try {
        if (finished) {
          swap.discardOld();
        } else {
          swap.putBackAfterCrash();
          FaultPoints.reach(FaultPoints.PUT_BACK);
        }
      } catch (IOException | RuntimeException e) {
        TRACE.severe(
            "After the crash, "
                + swap.label()
                + " could not be "
                + (finished ? "cleaned up" : "put back")
                + ": "
                + e.getMessage());
        failed.add(swap.label() + " (" + e.getMessage() + ")");
      }
    }
    return failed;
  }

  /** Puts back what was touched, newest first; returns the components that could not be. */
  private static List<String> putBack(List<ComponentSwap> touched) throws InterruptedException {
    List<String> notPutBack = new ArrayList<>();
    for (int i = touched.size() - 1; i >= 0; i--) {
      ComponentSwap swap = touched.get(i);
      try {
        swap.putBack();
        FaultPoints.reach(FaultPoints.PUT_BACK);
        TRACE.info("Put back the previous " + swap.label());
      } catch (IOException | RuntimeException e) {
        TRACE.severe("The previous " + swap.label() + " could not be put back: " + e.getMessage());
        notPutBack.add(swap.label() + " (" + e.getMessage() + ")");
      }
    }
    return notPutBack;
  }
}
