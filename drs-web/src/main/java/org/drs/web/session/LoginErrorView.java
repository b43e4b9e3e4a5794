package org.drs.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * Backs the page the container shows after a refused login, and leaves an audit line in the UI
 * trace file naming the account and the client. The password is never read.
 */
@Named
@RequestScoped
public class LoginErrorView {

  private static final Logger TRACE = Logger.getLogger(LoginErrorView.class.getName());

  @PostConstruct
  void auditRefusedLogin() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String user = request.getParameter("j_username");
    TRACE.warning(
        "AUDIT login refused user="
            + (user == null ? "-" : user.replaceAll("[^\\p{Alnum}._@-]", "?"))
            + " client="
            + request.getRemoteAddr());
  }

  public String getMessage() {
    return "The user name or password is wrong. Log in with the platform administrator's"
        + " account, the same one you use for the WildFly management console.";
  }
}
