/** The batch artifacts of the self-test job. */
package org.drs.batch.selftest;
