package org.drs.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.drs.backup.BackupRequest;
import org.drs.backup.BackupService;
import org.drs.backup.SetNames;
import org.drs.common.DrsRoles;
import org.drs.common.DrsSettings;
import org.drs.common.RefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.DeviceRepository;
import org.drs.job.JobKind;
import org.drs.job.JobLog;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;
import org.drs.job.JobResult;

/**
 * What happens when a schedule falls due: the same backup as a manual one starts, through the same
 * service, as the schedule's (run as the administrator role, since a timer has no caller); a run
 * refused because another job holds the platform lock is recorded as SKIPPED (the Master Agent
 * raises CiscoDRFBackupInProgress); a run that fell due while DRS was down is recorded as MISSED
 * and never run late, so a server started right after a restore does not begin with a backup and
 * its retention.
 */
@Stateless
@PermitAll
@RunAs(DrsRoles.ADMIN)
public class ScheduledRuns {

  private static final Logger TRACE = Logger.getLogger(ScheduledRuns.class.getName());
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  @Inject private DeviceRepository deviceRepository;
  @Inject private DrsSettings settings;
  @EJB private BackupService backups;
  @EJB private JobRecords jobs;

  public void start(Schedule schedule, Instant run) {
    try {
      long jobId =
          backups.start(
              BackupRequest.bySchedule(
                  schedule.getId(),
                  schedule.getName(),
                  schedule.getDeviceId(),
                  schedule.getFeatures()));
      TRACE.info("Schedule " + schedule.getName() + " started backup job " + jobId);
    } catch (RefusedException e) {
      TRACE.warning("Schedule " + schedule.getName() + " skipped its run: " + e.getMessage());
      record(schedule, run, JobResult.SKIPPED, "Skipped: " + e.getMessage());
    }
  }

  public void recordMissed(Schedule schedule, Instant firstMissed, Instant now) {
    for (Instant run :
        schedule.timing().runsBetween(firstMissed, now, BackupService.HISTORY_SIZE)) {
      TRACE.warning("Schedule " + schedule.getName() + " missed its run at " + run);
      record(
          schedule,
          run,
          JobResult.MISSED,
          "Missed: due at "
              + LOCAL_TIME.format(run.atZone(schedule.getZone()))
              + " while DRS was not running. Scheduled backups are never run late; start a"
              + " manual backup if one is needed now.");
    }
  }

  private void record(Schedule schedule, Instant run, JobResult result, String message) {
    BackupDevice device = deviceRepository.find(schedule.getDeviceId()).orElse(null);
    String set = SetNames.set(run);
    Path log =
        settings
            .jobLogDirectory()
            .resolve("backup-" + set + "-" + result.name().toLowerCase() + ".log");
    JobRecord job =
        new JobRecord(
            JobKind.BACKUP,
            set,
            settings.serverName(),
            schedule.getDeviceId(),
            device == null ? "(deleted)" : device.getName(),
            String.join(", ", schedule.getFeatures()),
            startedBy(schedule),
            run,
            log.toString());
    job.runsFor(schedule.getId());
    jobs.recordNotRun(job, result, message);
    JobLog.append(log, "Scheduled backup of " + schedule.getName() + " " + result + ": " + message);
  }

  private static String startedBy(Schedule schedule) {
    return "schedule " + schedule.getName();
  }
}
