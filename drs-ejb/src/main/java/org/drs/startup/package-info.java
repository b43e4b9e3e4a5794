/**
 * DRS's start on a server: the schema brought up to date, its directories made, jobs a crash
 * interrupted settled, and the self-test started. Nothing calls into it.
 */
package org.drs.startup;
