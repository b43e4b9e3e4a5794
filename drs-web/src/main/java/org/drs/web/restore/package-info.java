/** The Restore pages: the Restore Wizard, Restore Status and History. */
package org.drs.web.restore;
