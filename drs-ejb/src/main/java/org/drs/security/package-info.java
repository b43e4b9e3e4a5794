/**
 * The DRS security password and the secrets sealed under it: device passwords and keys are stored,
 * exported and backed up only in sealed form, so a server rebuilt with the same security password
 * can open them and nobody else can.
 */
package org.drs.security;
