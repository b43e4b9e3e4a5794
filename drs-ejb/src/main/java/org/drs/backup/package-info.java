/**
 * Backups: the service every entry point (page, schedule, JMX, CLI) calls with a request, the plan
 * and the steps of the job (each component through its Local Agent, the commit of the set,
 * retention), cancel, time-out and endings, the names of sets and their files and the manifest
 * committed last. It reaches Local Agents only through the Master Agent and never uses {@code
 * restore} or {@code schedule}.
 */
package org.drs.backup;
