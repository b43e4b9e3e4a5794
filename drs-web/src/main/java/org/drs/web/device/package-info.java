/** The Backup Device List and Backup Device pages. */
package org.drs.web.device;
