package org.drs.web.device;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds page messages: beside a field when a client id is given, at the top otherwise. */
final class Messages {

  private Messages() {}

  static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  static void warn(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
  }

  static void info(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
