package org.drs.schedule;

/** How often a schedule runs, as the guide's Frequency area offers it. */
public enum Frequency {
  ONCE("Once"),
  DAILY("Daily"),
  WEEKLY("Weekly"),
  MONTHLY("Monthly");

  private final String label;

  Frequency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
