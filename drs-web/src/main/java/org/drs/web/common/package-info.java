/** What every page shares: how times are shown and how messages are added. */
package org.drs.web.common;
