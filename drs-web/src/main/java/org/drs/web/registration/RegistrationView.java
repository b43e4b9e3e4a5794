package org.drs.web.registration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.drs.common.DrsSettings;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/** Shows what is registered on this server, and the descriptors that were refused and why. */
@Named
@RequestScoped
public class RegistrationView {

  @EJB private RegistrationCatalog registrations;
  @Inject private DrsSettings settings;

  public String getServer() {
    return settings.serverName();
  }

  public List<FeatureRegistration> getFeatures() {
    return registrations.features();
  }

  public List<String> getProblems() {
    return registrations.problems();
  }

  public String getRegistrationDirectory() {
    return settings.registrationDirectory().toString();
  }
}
