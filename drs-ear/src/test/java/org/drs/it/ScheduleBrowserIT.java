package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator creates a weekly schedule in a real browser with Set Default, enables it, and
 * finds its next run on the Schedule List.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleBrowserIT {

  private DevicePages devices;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @AfterEach
  void deleteSchedulesAndDevices() throws Exception {
    new SchedulePages().deleteAll();
    devices.deleteAll();
  }

  @Test
  void weeklyScheduleMadeWithSetDefaultIsEnabledAndListedWithItsNextRun() throws Exception {
    devices = new DevicePages();
    assertThat(
            devices
                .devicePage(null)
                .press(
                    "save",
                    true,
                    DevicePages.local("weekly-device", Files.createTempDirectory("drs-weekly"))))
        .contains("<redirect");

    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/backup/schedule-list.xhtml");
      browser.click(By.id("schedule-list-form:add-new"));
      browser.type("scheduler-form:name", "Weekly office");
      browser.choose("scheduler-form:device", "deviceMenu", "weekly-device");
      browser.click(By.id("scheduler-form:set-default"));
      browser.wait.until(
          ExpectedConditions.numberOfElementsToBe(
              By.cssSelector("#scheduler-form\\:days .ui-chkbox-box.ui-state-active"), 5));
      browser.click(By.id("scheduler-form:enable"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "saved and enabled"));
      browser.screenshot("schedule-enabled.png");

      browser.open("/drs/backup/schedule-list.xhtml");
      String row = browser.visible(By.xpath("//tr[.//a[text()='Weekly office']]")).getText();
      browser.screenshot("schedule-list.png");
      assertThat(row)
          .contains("weekly-device", "DEMO", "Weekly: Tue, Wed, Thu, Fri, Sat at 02:00", "Enabled")
          .containsPattern("\\d{4}-\\d{2}-\\d{2} 02:00 ");
    }
  }
}
