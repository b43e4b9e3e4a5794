package org.drs.common;

/**
 * The role every DRS page and operation requires. It is the group that WildFly's management realm
 * gives to the platform administrators, so the same account runs the console and DRS.
 */
public final class DrsRoles {

  public static final String ADMIN = "drs-admin";

  private DrsRoles() {}
}
