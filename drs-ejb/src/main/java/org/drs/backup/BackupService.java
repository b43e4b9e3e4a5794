package org.drs.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Optional;
import org.drs.agent.master.BackupEndings;
import org.drs.agent.master.MasterAgent;
import org.drs.common.DrsRoles;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;

/** The administrator's backup operations: Manual Backup, Current Status and History. */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

  /** The guide's History pages show the last 20 jobs. */
  public static final int HISTORY_SIZE = 20;

  @Resource private SessionContext session;
  @EJB private MasterAgent masterAgent;
  @EJB private BackupEndings endings;
  @EJB private JobRecords jobs;

  /**
   * Starts a manual backup as the logged-in administrator.
   *
   * @return the DRS job id
   */
  public long startManualBackup(long deviceId, List<String> features) {
    return masterAgent.startBackup(
        deviceId, features, "user " + session.getCallerPrincipal().getName());
  }

  /** Cancel Backup: the running backup stops after its current component. */
  public void cancel() {
    endings.cancel("user " + session.getCallerPrincipal().getName());
  }

  /** The last 20 backup jobs, newest first. */
  public List<JobRecord> history() {
    return jobs.newest(JobKind.BACKUP, HISTORY_SIZE);
  }

  /** The running backup, or else the newest one that ran. */
  public Optional<JobRecord> current() {
    return jobs.newestRun(JobKind.BACKUP);
  }

  public Optional<JobRecord> job(long jobId) {
    return jobs.find(jobId);
  }
}
