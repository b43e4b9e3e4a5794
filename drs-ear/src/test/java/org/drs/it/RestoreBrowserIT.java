package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator walks the whole Restore Wizard in a real browser — device, backup set, feature,
 * server, summary, Restore — and watches the Restore Status page reach SUCCESS.
 */
class RestoreBrowserIT extends AdminPagesSession {

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void restoreWizardIsWalkedToSuccess() throws Exception {
    Path directory = Files.createTempDirectory("drs-browser-restore");
    long deviceId = backups.localDevice("wizard", directory);
    assertThat(backups.awaitEnd(backups.backUp(deviceId, "DEMO"))).isEqualTo("SUCCESS");
    Map<String, String> files = BackupSets.checksums(DemoData.files());
    Files.writeString(DemoData.files().resolve("README.txt"), "changed after the backup");

    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();
      browser.open("/drs/restore/wizard.xhtml");
      browser.click(By.cssSelector("#restore-form\\:device-choice .ui-radiobutton-box"));
      next(browser, "restore-form:set-choice");
      assertThat(browser.visible(By.id("restore-form:set-choice")).getText())
          .contains("SUCCESS", "DEMO 1.0.0");
      next(browser, "restore-form:feature-choice");
      browser.click(
          By.xpath("//*[@id='restore-form:feature-choice']//label[starts-with(., 'DEMO')]"));
      browser.visible(
          By.cssSelector("#restore-form\\:feature-choice .ui-chkbox-box.ui-state-active"));
      next(browser, "restore-form:server-choice");
      next(browser, "restore-form:overwrites");
      assertThat(browser.visible(By.id("restore-form:overwrites")).getText())
          .contains("DEMO/FILES", "DEMO/DB");
      browser.screenshot("restore-summary.png");
      browser.click(By.id("restore-form:restore"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));

      browser.wait.until(ExpectedConditions.urlContains("/restore/status.xhtml"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status-form:result"), "SUCCESS"));
      assertThat(browser.visible(By.id("status-form:percentage")).getText()).isEqualTo("100%");
      assertThat(browser.visible(By.id("status-form:next-steps")).getText()).contains("Restart");
      browser.screenshot("restore-status.png");

      browser.open("/drs/restore/history.xhtml");
      assertThat(browser.visible(By.id("history")).getText()).contains("SUCCESS", "DEMO", "wizard");
    }
    assertThat(BackupSets.checksums(DemoData.files())).isEqualTo(files);
  }

  private static void next(AdminBrowser browser, String nextStepElement) {
    browser.click(By.cssSelector("#restore-form\\:wizard_next"));
    browser.visible(By.id(nextStepElement));
  }
}
