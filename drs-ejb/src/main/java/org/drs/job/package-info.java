/**
 * Backup and restore jobs as DRS records them: one row per job and per component, the source of
 * both histories and of the status pages, and each job's own log file.
 */
package org.drs.job;
