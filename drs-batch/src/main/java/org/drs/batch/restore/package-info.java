/**
 * The restore job: its job XML, made at every start with one stage step per component and a last
 * swap step, and the batch artifacts that hand each step to the Master Agent.
 */
package org.drs.batch.restore;
