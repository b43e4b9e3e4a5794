/** The Scheduler pages: the Schedule List and the Scheduler, where one schedule is edited. */
package org.drs.web.schedule;
