package org.drs.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The schema as the start of this deployment left it, for the self-test: Flyway's scan of the
 * deployment is done once, at the start, never inside the self-test's batch job, which runs while
 * WildFly is still finishing the deployment.
 */
@ApplicationScoped
public class SchemaState {

  private volatile SchemaMigration.Status migrated;

  public void migrated(SchemaMigration.Status status) {
    migrated = status;
  }

  /** Empty until the start has migrated the schema. */
  public Optional<SchemaMigration.Status> migrated() {
    return Optional.ofNullable(migrated);
  }
}
