/** The Backup pages: Manual Backup, Current Status, History and Backup Files. */
package org.drs.web.backup;
