package org.drs.jmx;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.drs.backup.BackupFiles;
import org.drs.backup.BackupService;
import org.drs.device.BackupDeviceService;
import org.drs.job.ActiveAlarms;
import org.drs.job.JobProgress;
import org.drs.registration.RegistrationCatalog;
import org.drs.restore.RestoreService;
import org.drs.schedule.ScheduleService;

/**
 * Registers DRS's MXBean while DRS is deployed. What is registered is a small adapter holding the
 * services' EJB proxies, never this singleton: a call on the singleton itself would bypass the
 * container, and with it the check that the JMX caller is a DRS administrator.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DisasterRecoveryRegistration {

  public static final String OBJECT_NAME = "org.drs:type=DisasterRecovery";

  private static final Logger TRACE =
      Logger.getLogger(DisasterRecoveryRegistration.class.getName());

  @EJB private BackupService backups;
  @EJB private BackupFiles backupFiles;
  @EJB private RestoreService restores;
  @EJB private BackupDeviceService devices;
  @EJB private ScheduleService schedules;
  @EJB private RegistrationCatalog registrations;
  @EJB private AdministratorCheck administrator;
  @Inject private JmxNotifications notifications;
  @Inject private JobProgress progress;
  @EJB private ActiveAlarms alarms;

  @PostConstruct
  void register() {
    try {
      server()
          .registerMBean(
              new DisasterRecovery(
                  new DisasterRecovery.Services(
                      backups,
                      backupFiles,
                      restores,
                      devices,
                      schedules,
                      registrations,
                      administrator,
                      progress,
                      alarms),
                  notifications),
              new ObjectName(OBJECT_NAME));
      TRACE.info("DRS's MXBean is registered as " + OBJECT_NAME);
    } catch (JMException e) {
      TRACE.severe("DRS's MXBean could not be registered as " + OBJECT_NAME + ": " + e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      server().unregisterMBean(new ObjectName(OBJECT_NAME));
    } catch (JMException e) {
      TRACE.warning("DRS's MXBean could not be unregistered: " + e);
    }
  }

  private static MBeanServer server() {
    return ManagementFactory.getPlatformMBeanServer();
  }
}
