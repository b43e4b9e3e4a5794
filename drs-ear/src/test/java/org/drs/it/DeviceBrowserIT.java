package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator adds an SFTP device in a real browser: types a wrong password, trusts the
 * server's fingerprint, reads the refusal, corrects the password and saves; then deletes it with
 * its check box and Delete Selected.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceBrowserIT {

  private OpenSshServer sftp;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @BeforeEach
  void startSftpServer() throws Exception {
    sftp = new OpenSshServer();
  }

  @AfterEach
  void removeDevicesAndServer() throws Exception {
    new DevicePages().deleteAll();
    sftp.close();
  }

  @Test
  void administratorTrustsTheFingerprintAndFixesAWrongPassword() throws Exception {
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/backup/device-list.xhtml");
      browser.click(By.id("device-list-form:add-new"));

      browser.type("device-form:name", "Office NAS");
      browser.type("device-form:host", sftp.host());
      browser.visible(By.id("device-form:port")).clear();
      browser.type("device-form:port", String.valueOf(sftp.port()));
      browser.type("device-form:path", sftp.writableDirectory().toString());
      browser.type("device-form:user", OpenSshServer.USER);
      browser.type("device-form:password", "wrong-password");
      browser.click(By.id("device-form:save"));

      assertThat(browser.visible(By.id("device-form:presented-fingerprint")).getText())
          .isEqualTo(sftp.hostKeyFingerprint());
      browser.screenshot("device-trust.png");

      browser.click(By.id("device-form:trust"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "refused user"));
      browser.screenshot("device-refused.png");

      browser.type("device-form:password", sftp.password());
      browser.click(By.id("device-form:save"));

      browser.wait.until(ExpectedConditions.urlContains("device-list.xhtml"));
      assertThat(browser.visible(By.id("device-list-form:devices")).getText())
          .contains("Office NAS", "drs-sftp@127.0.0.1:" + sftp.port());
      browser.screenshot("device-list.png");

      browser.click(By.cssSelector("#device-list-form\\:devices_data .ui-chkbox-box"));
      browser.click(By.id("device-list-form:delete-selected"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Deleted 1"));
      assertThat(browser.visible(By.id("device-list-form:devices")).getText())
          .doesNotContain("Office NAS");
    }
  }
}
