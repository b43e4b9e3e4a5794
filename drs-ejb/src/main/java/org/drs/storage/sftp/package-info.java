/**
 * Backup sets on an SFTP server ("Network Directory" in the guide), through JSch. Host keys are
 * checked against the fingerprint the administrator trusted; no connection accepts an unknown or
 * changed key.
 */
package org.drs.storage.sftp;
