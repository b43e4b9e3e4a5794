package org.drs.restore;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Optional;
import org.drs.agent.master.RestoreCoordinator;
import org.drs.backup.BackupService;
import org.drs.common.DrsRoles;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobRecords;

/** The administrator's restore operations: the Restore Wizard, Restore Status and History. */
@Stateless
@RolesAllowed(DrsRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreService {

  @Resource private SessionContext session;
  @EJB private RestoreCoordinator coordinator;
  @EJB private JobRecords jobs;

  /**
   * The sets on a device, newest first.
   *
   * @throws RestoreRefusedException when the device cannot be read, with the reason
   */
  public List<RestorableSet> sets(long deviceId) {
    return coordinator.restorableSets(deviceId);
  }

  /** The checks and the summary of a restore, without starting it. */
  public RestorePreview preview(RestoreChoice choice) {
    return coordinator.preview(choice);
  }

  /**
   * Starts the restore as the logged-in administrator, after the same checks as the preview.
   *
   * @return the DRS job id
   */
  public long start(RestoreChoice choice) {
    return coordinator.startRestore(choice, "user " + session.getCallerPrincipal().getName());
  }

  /** The servers a restore can go to: this one, whose name the manifests record. */
  public List<String> servers() {
    return List.of(coordinator.serverName());
  }

  /** The last 20 restore jobs, newest first. */
  public List<JobRecord> history() {
    return jobs.newest(JobKind.RESTORE, BackupService.HISTORY_SIZE);
  }

  /** The running restore, or else the newest one. */
  public Optional<JobRecord> current() {
    return jobs.newest(JobKind.RESTORE, 1).stream().findFirst();
  }
}
