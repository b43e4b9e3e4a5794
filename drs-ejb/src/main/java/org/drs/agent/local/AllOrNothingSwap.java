package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.drs.common.PrivateFiles;

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
      } catch (IOException | RuntimeException e) {
        TRACE.warning("Swapping in " + swap.label() + " failed: " + e.getMessage());
        throw new SwapFailedException(swap.label(), e.getMessage(), putBack(touched));
      }
    }
    try {
      Files.createFile(swapped, PrivateFiles.FILE);
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
   */
  /**
   * @return whether the restore was finished (every component had been replaced)
   */
  static boolean recover(List<? extends ComponentSwap> swaps, Path swapped)
      throws InterruptedException {
    boolean finished = Files.exists(swapped);
    for (int i = swaps.size() - 1; i >= 0; i--) {
      ComponentSwap swap = swaps.get(i);
      try {
        if (finished) {
          swap.discardOld();
        } else {
          swap.putBackAfterCrash();
        }
      } catch (IOException | RuntimeException e) {
        TRACE.severe(
            "After the crash, "
                + swap.label()
                + " could not be "
                + (finished ? "cleaned up" : "put back")
                + ": "
                + e.getMessage());
      }
    }
    return finished;
  }

  /** Puts back what was touched, newest first; returns the components that could not be. */
  private static List<String> putBack(List<ComponentSwap> touched) throws InterruptedException {
    List<String> notPutBack = new ArrayList<>();
    for (int i = touched.size() - 1; i >= 0; i--) {
      ComponentSwap swap = touched.get(i);
      try {
        swap.putBack();
        TRACE.info("Put back the previous " + swap.label());
      } catch (IOException | RuntimeException e) {
        TRACE.severe("The previous " + swap.label() + " could not be put back: " + e.getMessage());
        notPutBack.add(swap.label() + " (" + e.getMessage() + ")");
      }
    }
    return notPutBack;
  }
}
