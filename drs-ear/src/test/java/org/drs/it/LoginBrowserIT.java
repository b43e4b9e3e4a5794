package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  /** Debian's Chromium, headless and offline, so Selenium never tries to download a driver. */
  private static final class Chromium {

    static WebDriver start(Path profile) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--ignore-certificate-errors",
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .build();
      return new ChromeDriver(service, options);
    }
  }
}
