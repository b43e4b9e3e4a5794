package org.drs.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.drs.common.RefusedException;

/**
 * Adds page messages: beside a field when a client id is given, at the top otherwise. Information
 * survives a redirect, since it usually reports an action that then leaves the page.
 */
public final class Messages {

  private Messages() {}

  public static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** A refused request, whatever refused it, shown at the top of the page in its own words. */
  public static void refused(RefusedException refusal) {
    error(null, refusal.getMessage());
  }

  public static void warn(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
  }

  public static void info(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
