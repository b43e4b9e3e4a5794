/**
 * The Master Agent: the coordinator that knows the servers and reaches their Local Agents. It holds
 * no backup or restore logic (that lives in {@code backup} and {@code restore}) and calls nothing
 * above it.
 */
package org.drs.agent.master;
