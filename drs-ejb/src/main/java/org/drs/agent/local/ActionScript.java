package org.drs.agent.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs a registered script the way the README documents: {@code <script> <phase> [directory]}, with
 * DRS_PHASE, DRS_FEATURE, DRS_COMPONENT and DRS_SET in its environment and nothing of WildFly's
 * beyond {@link ChildProcess#INHERITED}, within its time limit. The last lines of its output go to
 * the job log; a non-zero exit or the time-out fails the action.
 */
final class ActionScript {

  private static final Logger TRACE = Logger.getLogger(ActionScript.class.getName());

  private ActionScript() {}

  static void run(
      String script, String phase, ActionContext context, Path directory, Duration limit)
      throws IOException, InterruptedException {
    List<String> command =
        directory == null ? List.of(script, phase) : List.of(script, phase, directory.toString());
    Map<String, String> variables = new HashMap<>(context.variables());
    variables.put("DRS_PHASE", phase);
    String what = "the " + phase + " script " + script;
    ChildProcess.Result result = ChildProcess.run(command, variables, limit, what);
    TRACE.info(
        script
            + " "
            + phase
            + " exited "
            + result.exit()
            + (result.output().isBlank() ? "" : ": " + result.output()));
    if (!result.output().isBlank()) {
      context.output().accept(what + " printed (last lines):\n" + result.output());
    }
    if (result.exit() != 0) {
      throw new IOException(
          what
              + " exited with "
              + result.exit()
              + (result.output().isBlank() ? "" : ": " + lastLine(result.output())));
    }
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }
}
