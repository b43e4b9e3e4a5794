/**
 * DRS over JMX: one MXBean, registered while DRS is deployed, that calls the same services as the
 * pages through their business interfaces, so the container's security applies to every call.
 */
package org.drs.jmx;
