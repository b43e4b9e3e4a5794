package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.drs.archive.ArchiveWriter;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;

/** A PostgreSQL database, archived with {@code pg_dump} and restored with {@code pg_restore}. */
@ApplicationScoped
class PostgresHandler implements ComponentHandler {

  @Override
  public ActionKind kind() {
    return ActionKind.POSTGRESQL;
  }

  @Override
  public void archive(ComponentRegistration component, ArchiveWriter writer, ActionContext context)
      throws IOException, InterruptedException {
    DumpSpool.add(
        writer,
        PostgresDump.ENTRY_NAME,
        new PostgresDump(component.target(), context.mainActionLimit(component.timeouts().action()))
            ::writeTo);
  }

  @Override
  public String overwrites(ComponentRegistration component) {
    return "the PostgreSQL database " + component.target();
  }

  @Override
  public ComponentSwap swap(SwapTarget target) {
    return new PostgresSwap(
        target.label(),
        new PostgresDump(
            target.component().target(),
            target.context().mainActionLimit(target.component().timeouts().action())),
        new PostgresDump(
            target.component().target(),
            ActionContext.putBackLimit(target.component().timeouts().action())),
        target.staged().resolve(PostgresDump.ENTRY_NAME),
        target.old().resolveSibling(target.old().getFileName() + ".pgdump"));
  }
}
