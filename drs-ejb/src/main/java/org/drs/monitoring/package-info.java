/**
 * The operator's view of DRS: figures sampled from the job history and the devices in the
 * background, published as metrics in WildFly's Micrometer registry and shown on the Overview, and
 * alarms sent where monitoring already looks (syslog, mail).
 */
package org.drs.monitoring;
