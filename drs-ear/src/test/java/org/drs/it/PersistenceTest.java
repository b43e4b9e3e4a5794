package org.drs.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks the tests whose outcome depends on the SQL the database runs: DRS's own tables and queries
 * (devices and their sealed secrets, job records and history, the platform lock and end requests,
 * schedules, DRS settings replaced in one transaction) and what WildFly keeps there for DRS (the
 * JBeret job repository, the EJB timer store). The build's PostgreSQL stage runs them a second time
 * with DrsDS moved to PostgreSQL by {@code use-postgresql.cli}; the rest (archives, devices'
 * storage, pages, browsers) does the same on any database and runs once.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@interface PersistenceTest {}
