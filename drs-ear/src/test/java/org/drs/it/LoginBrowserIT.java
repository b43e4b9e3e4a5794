package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An administrator in a real browser: log in over HTTPS, see the menu, log out, be shut out. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void administratorLogsInSeesTheMenuLogsOutAndIsShutOut() throws Exception {
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.logIn();

      assertThat(browser.visible(By.id("navigation:menu")).getText())
          .contains("Overview", "Backup", "Alarms");
      assertThat(browser.visible(By.id("navigation:user")).getText())
          .isEqualTo(TestServer.adminUser());
      browser.screenshot("overview.png");

      browser.click(By.id("navigation:logout"));
      browser.visible(By.id("username"));

      browser.open("/drs/alarms.xhtml");
      browser.visible(By.id("username"));
      assertThat(browser.driver.findElements(By.id("alarms"))).isEmpty();
    }
  }

  /**
   * Another site's page that frames DRS (to make an administrator click Restore through it) gets an
   * empty frame: DRS's pages forbid framing. The framing page here is a data: URL, an origin of its
   * own.
   */
  @Test
  void pageOfAnotherOriginCannotFrameDrs() throws Exception {
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.driver.get(
          "data:text/html,<iframe id='drs' src='"
              + TestServer.HTTPS
              + "/drs/login.xhtml' width='800' height='600'></iframe>");
      browser.wait.until(
          d ->
              "complete"
                  .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
      browser.driver.switchTo().frame("drs");
      browser.wait.until(
          d ->
              "complete"
                  .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));

      assertThat(browser.driver.findElements(By.id("username"))).isEmpty();
      assertThat(browser.driver.getPageSource()).doesNotContain("j_security_check");
    }
  }
}
