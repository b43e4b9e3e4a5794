package org.drs.job;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One backup or restore job: what it was asked to do, by whom, and how it ended. */
@Entity
@Table(name = "DRS_JOB")
@NamedQuery(
    name = JobRecord.NEWEST_OF_KIND,
    query = "SELECT j FROM JobRecord j WHERE j.kind = :kind ORDER BY j.startedAt DESC, j.id DESC")
@NamedQuery(
    name = JobRecord.NEWEST_RUN_OF_KIND,
    query =
        "SELECT j FROM JobRecord j WHERE j.kind = :kind AND j.result NOT IN :notRun"
            + " ORDER BY j.startedAt DESC, j.id DESC")
@NamedQuery(
    name = JobRecord.NEWEST_OF_SCHEDULE,
    query =
        "SELECT j FROM JobRecord j WHERE j.scheduleId = :schedule ORDER BY j.startedAt DESC, j.id DESC")
@NamedQuery(
    name = JobRecord.NEWEST_WITH_RESULT,
    query =
        "SELECT j FROM JobRecord j WHERE j.kind = :kind AND j.result = :result"
            + " ORDER BY j.endedAt DESC, j.id DESC")
@NamedQuery(
    name = JobRecord.HISTORY,
    query =
        "SELECT DISTINCT j FROM JobRecord j LEFT JOIN FETCH j.components"
            + " ORDER BY j.startedAt DESC, j.id DESC")
@NamedQuery(
    name = JobRecord.WITH_RESULT,
    query = "SELECT j FROM JobRecord j WHERE j.result = :result")
public class JobRecord {

  static final String NEWEST_OF_KIND = "JobRecord.newestOfKind";
  static final String NEWEST_RUN_OF_KIND = "JobRecord.newestRunOfKind";
  static final String NEWEST_OF_SCHEDULE = "JobRecord.newestOfSchedule";
  static final String WITH_RESULT = "JobRecord.withResult";
  static final String HISTORY = "JobRecord.history";
  static final String NEWEST_WITH_RESULT = "JobRecord.newestWithResult";

  @Id
  @SequenceGenerator(name = "job", sequenceName = "DRS_JOB_SEQ", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private JobKind kind;

  @Column(name = "EXECUTION_ID")
  private Long executionId;

  @Column(name = "SET_NAME", nullable = false, length = 32)
  private String setName;

  @Column(name = "SERVER_NAME", nullable = false, length = 64)
  private String server;

  @Column(name = "DEVICE_ID", nullable = false)
  private Long deviceId;

  @Column(name = "DEVICE_NAME", nullable = false, length = 64)
  private String deviceName;

  @Column(nullable = false, length = 1000)
  private String features;

  @Column(name = "STARTED_BY", nullable = false)
  private String startedBy;

  @Column(name = "STARTED_AT", nullable = false)
  private Instant startedAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private JobResult result;

  @Column(length = 2000)
  private String message;

  @Column(name = "LOG_FILE", nullable = false, length = 1024)
  private String logFile;

  @Enumerated(EnumType.STRING)
  @Column(name = "END_REQUEST", length = 8)
  private EndRequest endRequest;

  /**
   * For a restore, when its swap began: from then on it completes or is put back, and neither
   * Cancel Restore nor the time-out can stop it.
   */
  @Column(name = "SWAP_STARTED_AT")
  private Instant swapStartedAt;

  /** For a restore, the server that wrote the set; the server restored is {@link #server}. */
  @Column(name = "SET_SERVER", length = 64)
  private String setServer;

  /** For a backup to tape, the set the tape held, which this one replaced; none otherwise. */
  @Column(name = "REPLACED_SET", length = 19)
  private String replacedSet;

  /** The schedule that started (or skipped, or missed) this backup; none for a manual one. */
  @Column(name = "SCHEDULE_ID")
  private Long scheduleId;

  @OneToMany(mappedBy = "job", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<JobComponent> components = new ArrayList<>();

  protected JobRecord() {}

  public JobRecord(
      JobKind kind,
      String setName,
      String server,
      Long deviceId,
      String deviceName,
      String features,
      String startedBy,
      Instant startedAt,
      String logFile) {
    this.kind = kind;
    this.setName = setName;
    this.server = server;
    this.deviceId = deviceId;
    this.deviceName = deviceName;
    this.features = features;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.logFile = logFile;
    this.result = JobResult.RUNNING;
  }

  /** Notes, for a restore, which server wrote the set (it may differ from the one restored). */
  public void restoresSetOf(String setServer) {
    this.setServer = setServer;
  }

  /** Notes the schedule this backup runs for. */
  public void runsFor(long scheduleId) {
    this.scheduleId = scheduleId;
  }

  public Long getScheduleId() {
    return scheduleId;
  }

  public String getSetServer() {
    return setServer;
  }

  public void addComponent(JobComponent component) {
    component.attachTo(this);
    components.add(component);
  }

  public void started(long executionId) {
    this.executionId = executionId;
  }

  /**
   * Notes that the job was asked to end early and why, while it finishes or abandons its current
   * component.
   */
  public void requestEnd(EndRequest request, String message) {
    this.endRequest = request;
    this.message = message;
  }

  /**
   * Records that an early end was asked for, unless a restore's swap has begun or the job ended.
   *
   * @return whether it was recorded
   */
  boolean requestEndBeforeSwap(EndRequest request, String message) {
    if (swapStartedAt != null || result != JobResult.RUNNING) {
      return false;
    }
    requestEnd(request, message);
    return true;
  }

  /**
   * Begins a restore's swap, unless an early end was asked for first.
   *
   * @return whether the swap may begin
   */
  boolean beginSwap(Instant at) {
    if (endRequest != null) {
      return false;
    }
    swapStartedAt = at;
    return true;
  }

  public String getReplacedSet() {
    return replacedSet;
  }

  void replaced(String set) {
    this.replacedSet = set;
  }

  public Instant getSwapStartedAt() {
    return swapStartedAt;
  }

  public void end(JobResult result, String message, Instant at) {
    this.result = result;
    this.message = message;
    this.endedAt = at;
  }

  public Long getId() {
    return id;
  }

  public JobKind getKind() {
    return kind;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public String getSetName() {
    return setName;
  }

  public String getServer() {
    return server;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public String getDeviceName() {
    return deviceName;
  }

  public String getFeatures() {
    return features;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public JobResult getResult() {
    return result;
  }

  public String getMessage() {
    return message;
  }

  public EndRequest getEndRequest() {
    return endRequest;
  }

  public String getLogFile() {
    return logFile;
  }

  public List<JobComponent> getComponents() {
    return components;
  }
}
