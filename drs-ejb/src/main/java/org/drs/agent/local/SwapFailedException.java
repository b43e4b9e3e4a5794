package org.drs.agent.local;

import java.util.List;

/** A restore's swap phase failed; what had been swapped was put back, except the listed ones. */
final class SwapFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String component;
  private final List<String> notPutBack;

  SwapFailedException(String component, String reason, List<String> notPutBack) {
    super(
        "restoring "
            + component
            + " failed ("
            + reason
            + "); "
            + (notPutBack.isEmpty()
                ? "every component was put back as it was"
                : "these could not be put back and need attention: "
                    + String.join(", ", notPutBack)));
    this.component = component;
    this.notPutBack = List.copyOf(notPutBack);
  }

  String component() {
    return component;
  }

  List<String> notPutBack() {
    return notPutBack;
  }
}
