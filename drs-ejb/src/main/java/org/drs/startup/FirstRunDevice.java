package org.drs.startup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.drs.archive.Compression;
import org.drs.common.DrsRoles;
import org.drs.common.DrsSettings;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.device.DeviceSettings;

/**
 * The embedded default's first run (configure-first-run.cli names the device): a Local Directory
 * device on the local backup directory, so that a newcomer can back up at once. Decided once, on
 * the first start that has the setting: created when no device exists then, and never again,
 * whether the administrator deletes it or had devices of their own. A test server or an install
 * into another WildFly lacks the setting, and gets no device.
 */
@Stateless
@PermitAll
@RunAs(DrsRoles.ADMIN)
public class FirstRunDevice {

  static final String DEVICE_NAME = "drs.first-run.local-device";
  private static final int BACKUPS_TO_STORE = 5;
  private static final Logger TRACE = Logger.getLogger(FirstRunDevice.class.getName());

  @PersistenceContext private EntityManager entityManager;
  @EJB private BackupDeviceService devices;
  @Inject private DrsSettings settings;

  public void createOnce() {
    String name = System.getProperty(DEVICE_NAME, "").strip();
    if (name.isEmpty()
        || entityManager.find(FirstRunStep.class, FirstRunStep.LOCAL_DEVICE) != null) {
      return;
    }
    if (devices.list().isEmpty()) {
      try {
        BackupDevice device =
            devices.save(
                DeviceSettings.localDirectory(
                    name,
                    settings.localBackupDirectory().toString(),
                    BACKUPS_TO_STORE,
                    Compression.ZSTD));
        TRACE.info("First run: created the Local Directory device " + device.getLocation());
      } catch (RuntimeException e) {
        TRACE.log(Level.WARNING, "First run: the Local Directory device could not be created", e);
        return;
      }
    }
    entityManager.persist(new FirstRunStep(FirstRunStep.LOCAL_DEVICE, Instant.now()));
  }
}
