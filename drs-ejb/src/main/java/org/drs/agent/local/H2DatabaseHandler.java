package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.drs.archive.ArchiveWriter;
import org.drs.registration.ActionKind;
import org.drs.registration.ComponentRegistration;

/** An H2 database behind a WildFly datasource, archived as an SQL script of all its objects. */
@ApplicationScoped
class H2DatabaseHandler implements ComponentHandler {

  @Override
  public ActionKind kind() {
    return ActionKind.DATABASE;
  }

  @Override
  public void archive(ComponentRegistration component, ArchiveWriter writer, ActionContext context)
      throws IOException, InterruptedException {
    DumpSpool.add(
        writer, DatabaseDump.ENTRY_NAME, new DatabaseDump(dataSource(component))::writeTo);
  }

  @Override
  public String overwrites(ComponentRegistration component) {
    return "every object of the database " + component.target();
  }

  @Override
  public ComponentSwap swap(SwapTarget target) throws IOException {
    return new H2DatabaseSwap(
        target.label(),
        dataSource(target.component()),
        target.staged().resolve(DatabaseDump.ENTRY_NAME),
        target.old().resolveSibling(target.old().getFileName() + ".sql"));
  }

  private static DataSource dataSource(ComponentRegistration component) throws IOException {
    try {
      return (DataSource) new InitialContext().lookup(component.target());
    } catch (NamingException e) {
      throw new IOException(
          "the datasource " + component.target() + " does not exist on this server");
    }
  }
}
