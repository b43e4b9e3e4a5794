/** The Alarms page: the alarm log, newest first. */
package org.drs.web.alarm;
