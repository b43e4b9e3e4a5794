package org.drs.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test logged in as the administrator on the device and backup pages, that leaves no device
 * behind for the next test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class AdminPagesSession {

  DevicePages devices;
  BackupPages backups;

  @BeforeEach
  void logIn() throws Exception {
    devices = new DevicePages();
    backups = new BackupPages(devices);
  }

  @AfterEach
  void deleteDevices() throws Exception {
    devices.deleteAll();
  }
}
