/**
 * The Master Agent: the one coordinator of DRS on this server. It prepares the database and the
 * local backup directory at start, and checks its own wiring with the self-test job.
 */
package org.drs.agent.master;
