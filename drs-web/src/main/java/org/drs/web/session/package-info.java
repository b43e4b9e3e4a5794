/** The administrator's session: who is logged in, refused logins, and logout. */
package org.drs.web.session;
