/** What the backup and restore jobs' batch artifacts share. */
package org.drs.batch.job;
