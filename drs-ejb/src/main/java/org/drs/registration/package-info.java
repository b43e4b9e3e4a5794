/**
 * Registration of features and their components: the XML descriptors that say what to back up and
 * how (a directory tree, a database, a script, with optional pre- and post-backup actions), read
 * and validated at start, plus DRS's own PLATFORM component that every backup carries.
 */
package org.drs.registration;
