/** The Backup pages: Manual Backup, Current Status, History, and each job's log file. */
package org.drs.web.backup;
