package org.drs.agent.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.drs.agent.AgentMessages;
import org.drs.agent.ComponentRestoreRequest;
import org.drs.common.AtomicFile;
import org.drs.registration.ComponentRegistration;

/**
 * What a restore's swap is about to replace, written before the first component is touched, so that
 * a start after a crash can put everything back from disk alone. Version 2 holds the components'
 * restore requests as agent messages (JSON); version 1, tab-separated lines of feature, component,
 * device id and set, is still read.
 */
public record SwapPlan(int version, List<ComponentRestoreRequest> components) {

  static final int VERSION = 2;

  static SwapPlan of(List<ComponentRestoreRequest> components) {
    return new SwapPlan(VERSION, List.copyOf(components));
  }

  /** Writes the plan whole or not at all: a crash never leaves half a plan. */
  void write(Path file) throws IOException {
    byte[] text = AgentMessages.encode(this).getBytes(StandardCharsets.UTF_8);
    AtomicFile.replace(file, out -> out.write(text));
  }

  /**
   * Reads a plan of either version.
   *
   * @param registered finds a component's registration by feature and name, for version 1 plans
   *     that recorded only the names
   */
  static SwapPlan read(
      Path file, BiFunction<String, String, Optional<ComponentRegistration>> registered)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("{")) {
      try {
        return AgentMessages.decode(text, SwapPlan.class);
      } catch (IllegalArgumentException e) {
        throw new IOException("the swap plan " + file + " is damaged: " + e.getMessage(), e);
      }
    }
    List<ComponentRestoreRequest> components = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      ComponentRegistration component =
          registered
              .apply(fields[0], fields[1])
              .orElseThrow(
                  () ->
                      new IOException(
                          fields[0]
                              + "/"
                              + fields[1]
                              + " is no longer registered: check its data"));
      // Putting back needs no device: the device list kept aside still holds the one read from.
      components.add(
          new ComponentRestoreRequest(
              0, null, fields[3], null, fields[0], component, null, null, null));
    }
    return new SwapPlan(1, components);
  }
}
