package org.drs.jmx;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.drs.common.DrsRoles;

/**
 * The container's check that the JMX caller is a DRS administrator, for what the MXBean does
 * without a service call of its own: subscribing to notifications, reading the registration.
 */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorCheck {

  /** Returns only when the caller is in {@code drs-admin}. */
  public void confirm() {
    // The container refuses the call before it arrives here.
  }
}
