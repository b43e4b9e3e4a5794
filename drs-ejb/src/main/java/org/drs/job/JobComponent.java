package org.drs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.drs.archive.ArchiveResult;

/** One component of a job: its archive file, how far it got, and its size and hash when done. */
@Entity
@Table(name = "DRS_JOB_COMPONENT")
@NamedQuery(
    name = JobComponent.LAST_SUCCESSFUL_RUN,
    query =
        "SELECT c FROM JobComponent c WHERE c.job.kind = :kind AND c.feature = :feature"
            + " AND c.component = :component AND c.job.id <> :job"
            + " AND c.status = org.drs.job.ComponentStatus.SUCCESS"
            + " AND c.startedAt IS NOT NULL AND c.endedAt IS NOT NULL ORDER BY c.id DESC")
public class JobComponent {

  static final String LAST_SUCCESSFUL_RUN = "JobComponent.lastSuccessfulRun";

  @Id
  @SequenceGenerator(
      name = "job-component",
      sequenceName = "DRS_JOB_COMPONENT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job-component")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "JOB_ID")
  private JobRecord job;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 32)
  private String feature;

  @Column(name = "FEATURE_VERSION", nullable = false, length = 64)
  private String featureVersion;

  @Column(nullable = false, length = 32)
  private String component;

  @Column(name = "FILE_NAME", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ComponentStatus status;

  private Long bytes;

  @Column(name = "EXPECTED_BYTES")
  private Long expectedBytes;

  @Column(length = 64)
  private String sha256;

  /** The tar stream's size inside the file: what a restore of it needs room for. */
  @Column(name = "CONTENT_BYTES")
  private Long contentBytes;

  @Column(length = 2000)
  private String message;

  @Column(name = "STARTED_AT")
  private Instant startedAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  protected JobComponent() {}

  public JobComponent(
      int position,
      String feature,
      String featureVersion,
      String component,
      String fileName,
      Long expectedBytes) {
    this.position = position;
    this.feature = feature;
    this.featureVersion = featureVersion;
    this.component = component;
    this.fileName = fileName;
    this.expectedBytes = expectedBytes;
    this.status = ComponentStatus.PENDING;
  }

  void attachTo(JobRecord job) {
    this.job = job;
  }

  /**
   * For a restore: the size and SHA-256 the set's manifest recorded for the component's file, and
   * the size of the tar stream inside it (0 when the manifest predates that record).
   */
  public void expect(long bytes, String sha256, long contentBytes) {
    this.bytes = bytes;
    this.sha256 = sha256;
    this.contentBytes = contentBytes > 0 ? contentBytes : null;
  }

  /** What the manifest recorded of the component's file, for checking it. */
  public ArchiveResult recorded() {
    return new ArchiveResult(bytes, sha256, contentBytes == null ? 0 : contentBytes);
  }

  public void running() {
    status = ComponentStatus.RUNNING;
    startedAt = Instant.now();
  }

  public void succeeded(ArchiveResult archive) {
    this.status = ComponentStatus.SUCCESS;
    this.bytes = archive.bytes();
    this.sha256 = archive.sha256();
    this.contentBytes = archive.contentBytes() > 0 ? archive.contentBytes() : null;
    this.message = null;
    this.endedAt = Instant.now();
  }

  /** Something the administrator should know about a component that went well. */
  public void note(String message) {
    this.message = message;
  }

  public void failed(String message) {
    this.status = ComponentStatus.FAILED;
    this.message = message;
    this.endedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  /** When it began to run; null while pending, and for jobs recorded before component times. */
  public Instant getStartedAt() {
    return startedAt;
  }

  /** When it succeeded or failed; null until then. */
  public Instant getEndedAt() {
    return endedAt;
  }

  public JobRecord getJob() {
    return job;
  }

  public int getPosition() {
    return position;
  }

  public String getFeature() {
    return feature;
  }

  public String getFeatureVersion() {
    return featureVersion;
  }

  public String getComponent() {
    return component;
  }

  public String getFileName() {
    return fileName;
  }

  public ComponentStatus getStatus() {
    return status;
  }

  public Long getBytes() {
    return bytes;
  }

  public Long getExpectedBytes() {
    return expectedBytes;
  }

  public Long getContentBytes() {
    return contentBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMessage() {
    return message;
  }
}
