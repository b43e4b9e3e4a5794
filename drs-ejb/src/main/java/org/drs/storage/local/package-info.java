/** Backup sets in a directory of this server, through NIO. */
package org.drs.storage.local;
