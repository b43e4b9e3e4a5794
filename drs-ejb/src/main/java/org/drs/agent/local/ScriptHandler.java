package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.archive.ArchiveWriter;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;

/**
 * A component that a feature's own script backs up and restores: {@code script backup} writes into
 * a directory that DRS archives, {@code script restore} reads the staged copy back.
 */
@ApplicationScoped
class ScriptHandler implements ComponentHandler {

  @Override
  public ActionKind kind() {
    return ActionKind.SCRIPT;
  }

  @Override
  public void archive(ComponentRegistration component, ArchiveWriter writer, ActionContext context)
      throws IOException, InterruptedException {
    Path output = Files.createTempDirectory("drs-script-");
    try {
      ActionScript.run(
          component.target(),
          "backup",
          context,
          output,
          context.mainActionLimit(component.timeouts().action()));
      writer.addTree(output);
    } finally {
      FileTrees.delete(output);
    }
  }

  @Override
  public String overwrites(ComponentRegistration component) {
    return "what " + component.target() + " restore writes";
  }

  @Override
  public ComponentSwap swap(SwapTarget target) {
    return new ScriptSwap(
        target.label(),
        target.component().target(),
        target.staged(),
        target.old(),
        target.context(),
        target.component().timeouts().action());
  }
}
