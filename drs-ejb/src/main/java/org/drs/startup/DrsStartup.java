package org.drs.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.drs.backup.BackupEndings;
import org.drs.backup.BackupService;
import org.drs.common.DrsSettings;
import org.drs.common.PrivateFiles;
import org.drs.database.SchemaMigration;
import org.drs.database.SchemaState;
import org.drs.job.InterruptedBatchExecutions;
import org.drs.restore.RestoreEndings;
import org.drs.restore.RestoreService;
import org.drs.schedule.DefaultSchedule;
import org.drs.selftest.SelfTest;

/**
 * Starts the Master Agent when DRS is deployed: upgrades the schema before anything reads it, makes
 * sure the local backup directory exists, then runs the self-test job once the deployment is
 * complete (a timer, because batch artifacts are not injectable while the EAR is still starting).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DrsStartup {

  private static final Logger TRACE = Logger.getLogger(DrsStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/DrsDS")
  private DataSource dataSource;

  @Resource private TimerService timers;
  @Inject private DrsSettings settings;
  @EJB private SelfTest selfTest;
  @EJB private BackupEndings endings;
  @EJB private RestoreEndings restoreEndings;
  @EJB private DefaultSchedule defaultSchedule;
  @EJB private FirstRunDevice firstRunDevice;
  @Inject private SchemaState schemaState;

  @PostConstruct
  void start() {
    SchemaMigration.Status schema =
        new SchemaMigration(dataSource, getClass().getClassLoader()).migrate();
    schemaState.migrated(schema);
    TRACE.info("DRS database schema is at version " + schema.installed());
    Path backups = settings.localBackupDirectory();
    createDirectory(backups);
    createDirectory(settings.platformDirectory());
    new InterruptedBatchExecutions(
            dataSource,
            List.of(BackupService.BACKUP_JOB, RestoreService.RESTORE_JOB, SelfTest.JOB_NAME))
        .markFailed();
    restoreEndings.recoverInterruptedJobs();
    endings.recoverInterruptedJobs();
    defaultSchedule.ensureExists();
    firstRunDevice.createOnce();
    TRACE.info("Master Agent started; local backup directory " + backups);
    timers.createSingleActionTimer(0, new TimerConfig("drs-self-test", false));
  }

  @Timeout
  void runSelfTest() {
    long execution = selfTest.start();
    TRACE.info("Self-test job started as execution " + execution);
  }

  private static void createDirectory(Path directory) {
    try {
      PrivateFiles.createDirectories(directory);
    } catch (IOException e) {
      TRACE.warning("The directory " + directory + " cannot be created: " + e);
    }
  }
}
