/**
 * The Local Agent of this server: one handler per kind of component (directory, H2 database,
 * PostgreSQL database, script) archives it and makes its swap; staging, the all-or-nothing swap,
 * its plan and its recovery after a crash. It reads no DRS table.
 */
package org.drs.agent.local;
