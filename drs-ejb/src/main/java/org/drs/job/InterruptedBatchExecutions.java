package org.drs.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the batch job repository agree with DRS after a crash. JBeret 3.1 has no operation that
 * ends an execution a dead JVM left STARTED ({@code stop} leaves it STOPPING, {@code abandon}
 * refuses a running one), so the WildFly console would list it as running forever. At start, before
 * any job runs, DRS sets its own unfinished executions and their steps to FAILED with an end time,
 * directly in JBeret's tables ({@code JOB_INSTANCE}, {@code JOB_EXECUTION}, {@code STEP_EXECUTION}
 * of JBeret's JDBC repository schema, the same on H2 and PostgreSQL). Only executions of jobs with
 * DRS's job names are touched.
 */
public final class InterruptedBatchExecutions {

  private static final Logger TRACE = Logger.getLogger(InterruptedBatchExecutions.class.getName());
  private static final String UNFINISHED = "BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')";

  private final DataSource dataSource;
  private final List<String> jobNames;

  /**
   * @param jobNames the names of DRS's batch jobs
   */
  public InterruptedBatchExecutions(DataSource dataSource, List<String> jobNames) {
    this.dataSource = dataSource;
    this.jobNames = List.copyOf(jobNames);
  }

  /**
   * Marks every unfinished execution of DRS's jobs FAILED, and their unfinished steps.
   *
   * @return how many executions were marked
   */
  public int markFailed() {
    String ofDrsJobs =
        "JOBEXECUTIONID IN (SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e JOIN JOB_INSTANCE i"
            + " ON e.JOBINSTANCEID = i.JOBINSTANCEID WHERE i.JOBNAME IN ("
            + String.join(", ", jobNames.stream().map(name -> "?").toList())
            + "))";
    try (Connection connection = dataSource.getConnection()) {
      if (!repositoryExists(connection.getMetaData())) {
        return 0;
      }
      Timestamp now = Timestamp.from(Instant.now());
      update(
          connection,
          "UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = 'FAILED', ENDTIME = ?,"
              + " VERSION = COALESCE(VERSION, 0) + 1 WHERE "
              + UNFINISHED
              + " AND "
              + ofDrsJobs,
          now,
          1);
      int executions =
          update(
              connection,
              "UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = 'FAILED', ENDTIME = ?,"
                  + " LASTUPDATEDTIME = ?, VERSION = COALESCE(VERSION, 0) + 1 WHERE "
                  + UNFINISHED
                  + " AND "
                  + ofDrsJobs,
              now,
              2);
      if (executions > 0) {
        TRACE.warning(
            executions
                + " batch execution(s) of DRS left running by a stopped server were marked FAILED"
                + " in the batch job repository");
      }
      return executions;
    } catch (SQLException e) {
      TRACE.severe(
          "The batch job repository could not be updated after a stop: the WildFly console may"
              + " list interrupted DRS jobs as running. "
              + e.getMessage());
      return 0;
    }
  }

  /** Runs an update whose first parameters are the given number of times, then the job names. */
  private int update(Connection connection, String sql, Timestamp now, int times)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 1; i <= times; i++) {
        update.setTimestamp(i, now);
      }
      for (int i = 0; i < jobNames.size(); i++) {
        update.setString(times + 1 + i, jobNames.get(i));
      }
      return update.executeUpdate();
    }
  }

  /** JBeret creates its tables on its first use: before that there is nothing to correct. */
  private static boolean repositoryExists(DatabaseMetaData metadata) throws SQLException {
    for (String name : List.of("JOB_EXECUTION", "job_execution")) {
      try (ResultSet tables = metadata.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
