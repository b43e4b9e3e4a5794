/** The DRS database schema and the versioned scripts that create and upgrade it. */
package org.drs.database;
