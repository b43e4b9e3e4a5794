/**
 * The boundary between the Master Agent and the Local Agents: an interface and messages that are
 * values (records), encoded by {@code AgentMessages} as JSON, never by Java serialisation. On one
 * server the call stays in the JVM; a Local Agent on another server will receive the same messages
 * and can check each one before acting on it.
 */
package org.drs.agent;
