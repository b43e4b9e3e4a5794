package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator starts a manual backup in a real browser and watches the Current Status page,
 * which refreshes by itself, reach SUCCESS.
 */
@ExtendWith(ArquillianExtension.class)
class BackupBrowserIT {

  private DevicePages devices;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @AfterEach
  void deleteDevices() throws Exception {
    devices.deleteAll();
  }

  @Test
  void manualBackupIsWatchedToSuccessOnTheStatusPage() throws Exception {
    devices = new DevicePages();
    Path directory = Files.createTempDirectory("drs-browser-backup");
    assertThat(
            devices.devicePage(null).press("save", true, DevicePages.local("browser", directory)))
        .contains("<redirect");

    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/backup/manual.xhtml");
      browser.visible(By.id("manual-backup-form:device"));
      browser.choose("manual-backup-form:device", "deviceMenu", "browser");
      browser.click(By.cssSelector("#manual-backup-form\\:features .ui-chkbox-box"));
      browser.visible(
          By.cssSelector("#manual-backup-form\\:features .ui-chkbox-box.ui-state-active"));
      browser.click(By.id("manual-backup-form:start-backup"));

      browser.wait.until(
          ExpectedConditions.or(
              ExpectedConditions.urlContains("/backup/status.xhtml"),
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#messages .ui-messages-error"))));
      browser.screenshot("backup-started.png");
      assertThat(browser.driver.getCurrentUrl())
          .as(browser.driver.findElement(By.id("messages")).getText())
          .contains("/backup/status.xhtml");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status-form:result"), "SUCCESS"));
      assertThat(browser.visible(By.id("status-form:percentage")).getText()).isEqualTo("100%");
      assertThat(browser.visible(By.id("status-form:components")).getText())
          .contains("DEMO", "FILES", "DB", "PLATFORM");
      browser.screenshot("backup-status.png");

      browser.open("/drs/backup/history.xhtml");
      assertThat(browser.visible(By.id("history")).getText())
          .contains("SUCCESS", "DEMO", "browser");
    }
  }
}
