/** The Registration page: features, components, actions and versions on this server. */
package org.drs.web.registration;
