package org.drs.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

/** The logged-in administrator shown in the page header, and the Logout button behind it. */
@Named
@RequestScoped
public class SessionView {

  private static final Logger TRACE = Logger.getLogger(SessionView.class.getName());

  public String getUserName() {
    Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return user == null ? "" : user.getName();
  }

  /** Ends the session and sends the browser to the login page. */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String user = getUserName();
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (ServletException e) {
      TRACE.warning("Logout of " + user + " failed at the container: " + e.getMessage());
    }
    external.invalidateSession();
    TRACE.info("User " + user + " logged out");
    external.redirect(external.getRequestContextPath() + "/");
  }
}
