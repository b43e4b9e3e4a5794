/**
 * Backup devices: where backups go (an SFTP network directory, a local directory or a tape drive),
 * the guide's rules for them, their real validation on save, and drfDevice.xml, the export that
 * every backup carries so a rebuilt server needs no reconfiguration.
 */
package org.drs.device;
