package org.drs.agent.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs a registered script the way the README documents: {@code <script> <phase> [directory]}, with
 * DRS_PHASE, DRS_FEATURE, DRS_COMPONENT and DRS_SET in the environment. Its output goes to the
 * Local Agent's trace; a non-zero exit fails the action.
 */
final class ActionScript {

  private static final Logger TRACE = Logger.getLogger(ActionScript.class.getName());

  private ActionScript() {}

  static void run(String script, String phase, Map<String, String> context, Path directory)
      throws IOException, InterruptedException {
    List<String> command =
        directory == null ? List.of(script, phase) : List.of(script, phase, directory.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DRS_PHASE", phase);
    builder.environment().putAll(context);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    TRACE.info(
        script + " " + phase + " exited " + exit + (output.isBlank() ? "" : ": " + output.strip()));
    if (exit != 0) {
      throw new IOException(
          "the "
              + phase
              + " script "
              + script
              + " exited with "
              + exit
              + (output.isBlank() ? "" : ": " + lastLine(output)));
    }
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }
}
