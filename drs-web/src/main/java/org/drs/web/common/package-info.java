/** What every page shares: how times are shown. */
package org.drs.web.common;
