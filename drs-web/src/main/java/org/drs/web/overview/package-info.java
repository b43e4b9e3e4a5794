/** The start page: whether this DRS server is ready to back up. */
package org.drs.web.overview;
