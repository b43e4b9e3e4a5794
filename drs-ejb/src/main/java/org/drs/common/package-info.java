/** Small values shared by every capability: the administrator role and the server-wide settings. */
package org.drs.common;
