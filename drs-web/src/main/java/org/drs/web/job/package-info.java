/** What the backup and restore pages share about jobs. */
package org.drs.web.job;
