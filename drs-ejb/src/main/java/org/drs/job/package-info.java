/**
 * What backups and restores share: the one way a job starts ({@code JobLauncher}), the platform
 * lock, the records of jobs and components behind both histories and the status pages, each job's
 * own log file, progress, and where a request came from. It knows no capability.
 */
package org.drs.job;
