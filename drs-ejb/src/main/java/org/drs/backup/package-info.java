/**
 * Backups: the request every entry point (page, schedule, JMX, CLI) makes, the names of sets and
 * their files, the manifest committed last, and the records behind history and status.
 */
package org.drs.backup;
