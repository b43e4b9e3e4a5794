package org.drs.agent.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The swap phase of a restore: replaces every component in order and keeps the old data until the
 * last one succeeded; when one fails, every component touched so far is put back, newest first.
 */
final class AllOrNothingSwap {

  private static final Logger TRACE = Logger.getLogger(AllOrNothingSwap.class.getName());

  private AllOrNothingSwap() {}

  static void replaceAll(List<? extends ComponentSwap> swaps)
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
    for (ComponentSwap swap : touched) {
      try {
        swap.discardOld();
      } catch (IOException e) {
        TRACE.warning("The old data of " + swap.label() + " could not be removed: " + e);
      }
    }
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
