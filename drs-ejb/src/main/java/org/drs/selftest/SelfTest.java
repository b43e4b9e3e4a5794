package org.drs.selftest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.drs.alarm.AlarmContext;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmService;
import org.drs.common.DrsRoles;
import org.drs.common.DrsSettings;
import org.drs.common.PrivateFiles;
import org.drs.database.SchemaMigration;
import org.drs.database.SchemaState;

/**
 * Starts the self-test job and performs its checks. The checks cover what every backup needs from
 * this server: a database at this release's schema version and a writable local backup directory.
 * Starting and checking are the Master Agent's own work, so they need no caller; reading the result
 * is the administrator's.
 */
@Stateless
public class SelfTest {

  /** The job's id in {@code META-INF/batch-jobs/drs-self-test.xml} of drs-batch. */
  public static final String JOB_NAME = "drs-self-test";

  private static final Logger TRACE = Logger.getLogger(SelfTest.class.getName());

  @Inject private SchemaState schemaState;

  @Inject private DrsSettings settings;
  @EJB private AlarmService alarms;

  /**
   * Starts the job outside any transaction, so that its execution record is committed before the
   * batch thread looks for it.
   *
   * @return the job execution id
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start() {
    return BatchRuntime.getJobOperator().start(JOB_NAME, new Properties());
  }

  /** The most recent run of the self-test job, if there has been one. */
  @RolesAllowed(DrsRoles.ADMIN)
  public Optional<SelfTestRun> lastRun() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobInstance> newest;
    try {
      newest = operator.getJobInstances(JOB_NAME, 0, 1);
    } catch (NoSuchJobException e) {
      return Optional.empty();
    }
    return newest.stream()
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .reduce((first, second) -> second)
        .map(SelfTest::toRun);
  }

  private static SelfTestRun toRun(JobExecution execution) {
    return new SelfTestRun(
        execution.getExecutionId(),
        execution.getBatchStatus().name(),
        execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
        execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
  }

  /**
   * Runs the checks; a failure raises {@code CiscoDRFMasterAgentStartFailure} and is thrown, which
   * fails the job. Outside the batch step's transaction: Flyway reads its history on connections of
   * its own, in auto-commit.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void check(long jobExecutionId) {
    try {
      checkSchema();
      checkFileNameEncoding(System.getProperty("sun.jnu.encoding"));
      checkWritable(settings.localBackupDirectory());
      TRACE.info("Self-test passed");
    } catch (SelfTestFailure e) {
      alarms.raise(
          AlarmName.CiscoDRFMasterAgentStartFailure,
          new AlarmContext(jobExecutionId, null, null),
          e.getMessage());
      throw e;
    }
  }

  private void checkSchema() {
    SchemaMigration.Status schema =
        schemaState
            .migrated()
            .orElseThrow(
                () -> new SelfTestFailure("The DRS database schema was not migrated at start"));
    int installed = schema.installed();
    int expected = schema.latest();
    if (installed != expected) {
      throw new SelfTestFailure(
          "The DRS database is at schema version "
              + installed
              + " but this release needs "
              + expected
              + ": redeploy DRS so that it upgrades the database");
    }
  }

  /**
   * The JVM decodes file names with this encoding: anything but UTF-8 would archive names in other
   * scripts under other names, so DRS refuses to pass its self-test.
   */
  static void checkFileNameEncoding(String encoding) {
    if (!"UTF-8".equalsIgnoreCase(encoding)) {
      throw new SelfTestFailure(
          "WildFly decodes file names as "
              + encoding
              + ", not UTF-8, so names in other scripts would not be backed up as they are:"
              + " start WildFly with LANG=C.UTF-8 (or another UTF-8 locale)");
    }
  }

  private static void checkWritable(Path directory) {
    Path probe = directory.resolve(".drs-self-test");
    try {
      PrivateFiles.write(probe, "probe".getBytes(StandardCharsets.UTF_8));
      Files.delete(probe);
    } catch (IOException e) {
      throw new SelfTestFailure(
          "The local backup directory "
              + directory
              + " is not writable ("
              + e
              + "): make it a directory the WildFly user can write, or change"
              + " drs.backup.local-directory in wildfly-config/configure-drs.cli");
    }
  }
}
