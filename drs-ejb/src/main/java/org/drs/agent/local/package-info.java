/**
 * The Local Agent of this server: runs each component's actions — directory, database, script and
 * the pre- and post-backup scripts — and streams the archive to the device.
 */
package org.drs.agent.local;
