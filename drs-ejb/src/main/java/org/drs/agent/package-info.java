/**
 * The boundary between the Master Agent and the Local Agents: an interface and serialisable
 * messages. On one server the call stays in the JVM; a Local Agent on another server receives the
 * same messages over JMS.
 */
package org.drs.agent;
