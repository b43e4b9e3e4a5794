package org.drs.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks the tests of what DRS keeps in its own database. The build's PostgreSQL stage runs them a
 * second time with DrsDS moved to PostgreSQL by {@code use-postgresql.cli}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@interface PersistenceTest {}
