package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.drs.testing.OpenSshServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator adds an SFTP device in a real browser: types a wrong password, trusts the
 * server's fingerprint, reads the refusal, corrects the password and saves.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceBrowserIT {

  private OpenSshServer sftp;
  private WebDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @BeforeEach
  void start() throws Exception {
    sftp = new OpenSshServer();
    browser = Chromium.start(Files.createTempDirectory("drs-chromium"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() throws Exception {
    browser.quit();
    sftp.close();
    new DevicePages().deleteAll();
  }

  @Test
  void administratorTrustsTheFingerprintAndFixesAWrongPassword() throws Exception {
    logIn();
    browser.get(TestServer.HTTPS + "/drs/backup/device-list.xhtml");
    click(By.id("device-list-form:add-new"));

    type("device-form:name", "Office NAS");
    type("device-form:host", sftp.host());
    clear("device-form:port");
    type("device-form:port", String.valueOf(sftp.port()));
    type("device-form:path", sftp.writableDirectory().toString());
    type("device-form:user", OpenSshServer.USER);
    type("device-form:password", "wrong-password");
    click(By.id("device-form:save"));

    WebElement fingerprint =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("device-form:presented-fingerprint")));
    assertThat(fingerprint.getText()).isEqualTo(sftp.hostKeyFingerprint());
    screenshot("device-trust.png");

    click(By.id("device-form:trust"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "refused user"));
    screenshot("device-refused.png");

    type("device-form:password", sftp.password());
    click(By.id("device-form:save"));

    wait.until(ExpectedConditions.urlContains("device-list.xhtml"));
    assertThat(browser.findElement(By.id("device-list-form:devices")).getText())
        .contains("Office NAS", "drs-sftp@127.0.0.1:" + sftp.port());
    screenshot("device-list.png");
  }

  private void logIn() {
    browser.get(TestServer.HTTPS + "/drs/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(TestServer.adminUser());
    browser.findElement(By.id("password")).sendKeys(TestServer.adminPassword());
    browser.findElement(By.id("login-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navigation:menu")));
  }

  private void click(By button) {
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  private void type(String id, String text) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).sendKeys(text);
  }

  private void clear(String id) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).clear();
  }

  /** Keeps what the administrator saw, for whoever reads the test report. */
  private void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
