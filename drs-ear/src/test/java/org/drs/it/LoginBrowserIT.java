package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator in a real browser: log in over HTTPS, see the menu, log out, be shut out. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

  private WebDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.start(Files.createTempDirectory("drs-chromium"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void administratorLogsInSeesTheMenuLogsOutAndIsShutOut() {
    browser.get(TestServer.HTTPS + "/drs/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(TestServer.adminUser());
    browser.findElement(By.id("password")).sendKeys(TestServer.adminPassword());
    browser.findElement(By.id("login-button")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navigation:menu")));
    assertThat(browser.findElement(By.id("navigation:menu")).getText())
        .contains("Overview", "Alarms");
    assertThat(browser.findElement(By.id("navigation:user")).getText())
        .isEqualTo(TestServer.adminUser());

    browser.findElement(By.id("navigation:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    browser.get(TestServer.HTTPS + "/drs/alarms.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.findElements(By.id("alarms"))).isEmpty();
  }
}
