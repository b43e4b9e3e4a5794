/**
 * The backup job: its job XML, made at every start with one step per component of the backup, and
 * the batch artifacts that hand each step to the Master Agent.
 */
package org.drs.batch.backup;
