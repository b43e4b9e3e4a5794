package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's view in Chromium: a newcomer's first backup to the device the first run made, a
 * device added with the keyboard alone (the name kept across the destination switch), the Overview
 * and the History charts, and a slow backup's throughput and time left on the status page.
 * Screenshots are kept under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorBrowserIT extends AdminPagesSession {

  private static final String FIRST_RUN = "drs.first-run.local-device";

  @TempDir Path directory;

  /**
   * This deployment starts as the embedded default's first run does: configure-first-run.cli's
   * setting is there while DRS starts with no device.
   */
  @Deployment(testable = false)
  static EnterpriseArchive drs() throws Exception {
    TestFeatures.install();
    try (ServerModel server = new ServerModel()) {
      server.execute("system-property=" + FIRST_RUN, "add", "value", "local");
    }
    return TestServer.drsEar();
  }

  @AfterAll
  static void endTheFirstRun() throws Exception {
    try (ServerModel server = new ServerModel()) {
      server.execute("system-property=" + FIRST_RUN, "remove");
    } finally {
      TestFeatures.remove();
    }
  }

  @Test
  @Order(1)
  void aNewcomersFirstBackupGoesToTheLocalDeviceOfTheFirstRun() throws Exception {
    assertThat(devices.listPage())
        .as(
            "the first run's device: made only by the first start with no device, so the test"
                + " server's database must be new (mvn clean)")
        .contains(">local<");
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      assertThat(browser.visible(By.id("local-device-warning")).getText())
          .contains("no disaster recovery");
      browser.open("/drs/backup/manual.xhtml");
      browser.visible(By.id("manual-backup-form:device"));
      browser.choose("manual-backup-form:device", "deviceMenu", "local");
      browser.click(
          By.xpath(
              "//input[@value='DEMO']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                  + "/div[contains(@class,'ui-chkbox-box')]"));
      browser.click(By.id("manual-backup-form:start-backup"));
      browser.wait.until(ExpectedConditions.urlContains("/backup/status.xhtml"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status-form:result"), "SUCCESS"));
      assertThat(browser.visible(By.id("status-form:bytes-done")).getText())
          .matches("[\\d.]+ \\S*B");
      browser.screenshot("first-backup-status.png");
    }
  }

  @Test
  @Order(2)
  void aDeviceIsAddedWithTheKeyboardAloneAndKeepsItsNameAcrossTheSwitch() throws Exception {
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/backup/device.xhtml");
      browser.type("device-form:name", "Typed first");
      active(browser).sendKeys(Keys.TAB);
      assertThat(active(browser).getAttribute("id")).isEqualTo("device-form:type:0");
      active(browser).sendKeys(Keys.ARROW_DOWN);
      browser.awaitAjax();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("device-form:fields"), "Directory"));
      assertThat(browser.visible(By.id("device-form:name")).getAttribute("value"))
          .as("the name typed before choosing Local Directory")
          .isEqualTo("Typed first");
      assertThat(active(browser).getAttribute("id")).isEqualTo("device-form:type:1");
      active(browser).sendKeys(Keys.TAB);
      assertThat(active(browser).getAttribute("id")).isEqualTo("device-form:path");
      active(browser).sendKeys(directory.toString());
      while (!"device-form:save".equals(active(browser).getAttribute("id"))) {
        active(browser).sendKeys(Keys.TAB);
      }
      active(browser).sendKeys(Keys.ENTER);
      browser.wait.until(ExpectedConditions.urlContains("/backup/device-list.xhtml"));
      assertThat(browser.visible(By.id("device-list-form")).getText()).contains("Typed first");
      browser.screenshot("device-added-by-keyboard.png");
    }
  }

  @Test
  @Order(3)
  void theOverviewAndTheHistoryChartsShowTheBackups() throws Exception {
    long device = backups.localDevice("charted", directory);
    for (int run = 0; run < 2; run++) {
      assertThat(backups.awaitEnd(backups.backUp(device, "DEMO"))).isEqualTo("SUCCESS");
    }
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      // The Overview shows the figures sampled after the last job: a moment after it ended.
      browser.wait.until(
          d -> {
            d.navigate().refresh();
            return d.findElement(By.id("features")).getText().contains("to charted")
                && d.findElement(By.id("devices")).getText().contains("measured");
          });
      browser.screenshot("overview.png");

      browser.open("/drs/backup/history.xhtml");
      for (String chart : new String[] {"size-chart", "duration-chart"}) {
        browser.visible(By.id(chart + "_canvas"));
        browser.wait.until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var chart = Chart.getChart(arguments[0]);"
                                + " return !!chart && chart.data.datasets[0].data.length >= 2;",
                            chart + "_canvas"));
      }
      browser.screenshot("backup-history-charts.png");
    }
  }

  @Test
  @Order(4)
  void aSlowBackupShowsItsThroughputAndTimeLeft() throws Exception {
    long device = backups.localDevice("slow", directory);
    TestFeatures.releaseSlow();
    assertThat(backups.awaitEnd(backups.backUp(device, "SLOW")))
        .as("a first run, whose times the next one is estimated from")
        .isEqualTo("SUCCESS");
    TestFeatures.holdSlow();
    long slow = backups.backUp(device, "SLOW");
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/backup/status.xhtml");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status-form:components"), "RUNNING"));
      assertThat(browser.visible(By.id("status-form:throughput")).getText())
          .matches("[\\d.]+ \\S*B/s");
      assertThat(browser.visible(By.id("status-form:time-left")).getText())
          .as("estimated from the last successful run of each component")
          .matches("\\d+ (s|min \\d+ s|h \\d+ min)");
      assertThat(browser.visible(By.id("status-form:elapsed")).getText()).endsWith(" s");
      browser.screenshot("slow-backup-status.png");
    } finally {
      TestFeatures.releaseSlow();
    }
    assertThat(backups.awaitEnd(slow)).isEqualTo("SUCCESS");
  }

  private static WebElement active(AdminBrowser browser) {
    return browser.driver.switchTo().activeElement();
  }
}
