package org.drs.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A step DRS took once on its first start; its record keeps it from being taken again. */
@Entity
@Table(name = "DRS_FIRST_RUN")
public class FirstRunStep {

  static final String LOCAL_DEVICE = "local-device";

  @Id
  @Column(length = 64)
  private String step;

  @Column(name = "DONE_AT", nullable = false)
  private Instant doneAt;

  protected FirstRunStep() {}

  FirstRunStep(String step, Instant doneAt) {
    this.step = step;
    this.doneAt = doneAt;
  }
}
