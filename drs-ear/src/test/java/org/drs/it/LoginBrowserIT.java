package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
}
