/**
 * The self-test: a one-step batch job the Master Agent runs at every start to prove that the
 * database, the local backup directory and the batch wiring work, raising an alarm when they do
 * not.
 */
package org.drs.selftest;
