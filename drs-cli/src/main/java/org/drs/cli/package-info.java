/** The {@code drs} command line: DRS's operations over JMX, for administrators and scripts. */
package org.drs.cli;
