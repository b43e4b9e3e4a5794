/**
 * Restores: the service the Restore Wizard and later JMX call, the checks made before anything
 * changes, the plan (one stage step per component, then the swap), the steps, DRS's own settings
 * restored into its database, and how a restore ends.
 */
package org.drs.restore;
