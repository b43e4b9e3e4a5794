/**
 * The alarms of the guide's Table 4: their names, the persisted alarm log, the one trace line each
 * alarm writes for monitoring, and the retention that keeps the log bounded.
 */
package org.drs.alarm;
