package org.drs.alarm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One raised alarm, kept in the alarm log so that it outlives the trace files' rotation. */
@Entity
@Table(name = "DRS_ALARM")
@NamedQuery(name = Alarm.NEWEST_FIRST, query = "SELECT a FROM Alarm a ORDER BY a.raisedAt DESC")
@NamedQuery(name = Alarm.DELETE_BEFORE, query = "DELETE FROM Alarm a WHERE a.raisedAt < :before")
public class Alarm {

  static final String NEWEST_FIRST = "Alarm.newestFirst";
  static final String DELETE_BEFORE = "Alarm.deleteBefore";
  static final int DETAIL_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "alarm", sequenceName = "DRS_ALARM_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alarm")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 64)
  private AlarmName name;

  @Column(name = "RAISED_AT", nullable = false)
  private Instant raisedAt;

  @Column(name = "JOB_ID")
  private Long jobId;

  @Column(name = "SERVER_NAME")
  private String server;

  private String component;

  @Column(nullable = false, length = DETAIL_LENGTH)
  private String detail;

  protected Alarm() {}

  Alarm(AlarmName name, Instant raisedAt, AlarmContext context, String detail) {
    this.name = name;
    this.raisedAt = raisedAt;
    this.jobId = context.jobId();
    this.server = context.server();
    this.component = context.component();
    this.detail =
        detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH - 1) + "…" : detail;
  }

  public Long getId() {
    return id;
  }

  public AlarmName getName() {
    return name;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Long getJobId() {
    return jobId;
  }

  public String getServer() {
    return server;
  }

  public String getComponent() {
    return component;
  }

  public String getDetail() {
    return detail;
  }
}
