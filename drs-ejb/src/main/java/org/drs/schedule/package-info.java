/**
 * Backup schedules: the guide's Scheduler (at most 10, one named {@code default}), when each runs
 * next in its own time zone, the persistent EJB timer that starts its backup, missed and skipped
 * runs, and drfSchedule.xml, the export every backup carries.
 */
package org.drs.schedule;
