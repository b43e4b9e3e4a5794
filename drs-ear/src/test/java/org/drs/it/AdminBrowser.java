package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's browser: Debian's Chromium, headless and offline (so Selenium never tries to
 * download a driver), with the steps every browser test shares. Waits are on page elements, never
 * sleeps.
 */
final class AdminBrowser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;

  AdminBrowser() throws IOException {
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
        "--user-data-dir=" + Files.createTempDirectory("drs-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    // Generous: reaching the bound means a failure, and a passing test never waits for it.
    wait = new WebDriverWait(driver, JobWaits.BOUND);
    wait.ignoring(StaleElementReferenceException.class);
  }

  void open(String path) {
    driver.get(TestServer.HTTPS + path);
  }

  /** Opens DRS, fills the login form with the administrator's account and waits for the menu. */
  void logIn() {
    open("/drs/");
    type("username", TestServer.adminUser());
    type("password", TestServer.adminPassword());
    click(By.id("login-button"));
    visible(By.id("navigation:menu"));
  }

  /**
   * Chooses the option of a PrimeFaces select menu whose label starts with the text, through the
   * menu's widget: its overlay animates and sometimes swallows a click.
   *
   * @param menu the menu's client id
   * @param widgetVar the menu's widget variable
   */
  void choose(String menu, String widgetVar, String label) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var menu = PF(arguments[0]), label = arguments[1];"
                + " menu.selectValue(menu.input.find('option')"
                + ".filter(function () { return this.text.indexOf(label) === 0; }).val());",
            widgetVar,
            label);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menu + "_label"), label));
  }

  WebElement visible(By element) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  /**
   * Clicks once PrimeFaces has no AJAX request under way; a click that a dialog's overlay or an
   * animation intercepts is tried again rather than failing the test.
   */
  void click(By button) {
    awaitAjax();
    wait.until(
        d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(button).apply(d);
          if (element == null) {
            return false;
          }
          try {
            element.click();
            return true;
          } catch (ElementClickInterceptedException overlaid) {
            return false;
          }
        });
  }

  /** Waits until PrimeFaces' AJAX queue is empty and jQuery has no request open. */
  void awaitAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0));"));
  }

  void type(String id, String text) {
    visible(By.id(id)).sendKeys(text);
  }

  /** Keeps what the administrator saw under target/screenshots, for whoever reads the report. */
  void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Quits the browser, failing the test if any page broke its Content-Security-Policy: a script the
   * policy blocked is a button that silently does nothing for the administrator.
   */
  @Override
  public void close() {
    try {
      List<String> violations =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(message -> message.contains("Content Security Policy"))
              .toList();
      assertThat(violations).as("Content-Security-Policy violations in the browser").isEmpty();
    } finally {
      driver.quit();
    }
  }
}
