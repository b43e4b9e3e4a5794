package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may reach DRS and how: HTTPS only, form login with the platform administrator. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    return TestServer.drsEar();
  }

  @Test
  void unauthenticatedRequestForAnyPageGetsTheLoginPage() throws Exception {
    for (String page : new String[] {"/drs/", "/drs/index.xhtml", "/drs/alarms.xhtml"}) {
      HttpResponse<String> response = new DrsWebClient().get(TestServer.HTTPS + page);

      assertThat(response.body()).as(page).contains("j_security_check").doesNotContain("Logout");
    }
  }

  /** What keeps a hostile page in the administrator's browser away from DRS, on every page. */
  @Test
  void everyPageCarriesTheHeadersAgainstHostileBrowserPages() throws Exception {
    DrsWebClient browser = new DrsWebClient();
    List<HttpResponse<String>> responses = new ArrayList<>();
    responses.add(browser.get(TestServer.HTTPS + "/drs/login.xhtml"));
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
    for (String page :
        List.of(
            "/drs/index.xhtml",
            "/drs/alarms.xhtml",
            "/drs/backup/manual.xhtml",
            "/drs/backup/device-list.xhtml",
            "/drs/restore/wizard.xhtml",
            "/drs/restore/history.xhtml")) {
      responses.add(browser.get(TestServer.HTTPS + page));
    }

    for (HttpResponse<String> response : responses) {
      String page = response.uri().getPath();
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .as(page)
          .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
      assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(page)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
      List<String> policies = response.headers().allValues("Content-Security-Policy");
      assertThat(policies)
          .as(page)
          .anySatisfy(v -> assertThat(v).contains("frame-ancestors 'none'"));
      assertThat(policies)
          .as(page)
          .anySatisfy(v -> assertThat(v).containsPattern("script-src 'self' 'nonce-[^']{16,}'"));
      assertThat(String.join(";", policies))
          .as(page)
          .doesNotContain("unsafe-inline", "unsafe-eval");
    }
    assertThat(responses.stream().map(SecurityIT::scriptNonce).distinct())
        .as("a fresh script nonce per response")
        .hasSize(responses.size());
  }

  private static String scriptNonce(HttpResponse<String> response) {
    return response.headers().allValues("Content-Security-Policy").stream()
        .flatMap(policy -> Pattern.compile("'nonce-([^']+)'").matcher(policy).results())
        .map(match -> match.group(1))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sessionCookieIsStrictlySameSiteAndChangesAtLogin() throws Exception {
    DrsWebClient browser = new DrsWebClient();
    String before = sessionCookie(browser.get(TestServer.HTTPS + "/drs/index.xhtml"));

    String after = sessionCookie(browser.login(TestServer.adminUser(), TestServer.adminPassword()));

    for (String cookie : List.of(before, after)) {
      assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
          .contains("samesite=strict", "secure", "httponly");
    }
    assertThat(after.split(";")[0]).isNotEqualTo(before.split(";")[0]);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie in " + response.headers()));
  }

  @Test
  void plainHttpRedirectsToHttps() throws Exception {
    HttpResponse<String> response = new DrsWebClient().get(TestServer.HTTP + "/drs/alarms.xhtml");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue(TestServer.HTTPS + "/drs/alarms.xhtml");
  }

  @Test
  void wrongPasswordIsRefusedWithAMessageAndAnAuditLine() throws Exception {
    HttpResponse<String> response =
        new DrsWebClient().login(TestServer.adminUser(), "not-" + TestServer.adminPassword());

    assertThat(response.body()).contains("The user name or password is wrong");
    String uiTrace =
        Files.readString(TestServer.logDirectory().resolve("drf/trace/drfConfLib.log"));
    assertThat(uiTrace).contains("AUDIT login refused user=" + TestServer.adminUser());
    assertThat(uiTrace).doesNotContain(TestServer.adminPassword());
    assertThat(Files.readString(TestServer.logDirectory().resolve("drs-audit.log")))
        .contains("SecurityAuthenticationFailedEvent");
  }

  @Test
  void administratorLogsInAndSeesTheMenu() throws Exception {
    DrsWebClient browser = new DrsWebClient();

    HttpResponse<String> afterLogin =
        browser.login(TestServer.adminUser(), TestServer.adminPassword());
    HttpResponse<String> overview = browser.get(TestServer.HTTPS + "/drs/index.xhtml");

    assertThat(afterLogin.statusCode()).isEqualTo(302);
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("menu-overview", "menu-alarms", "Logout", TestServer.adminUser());
  }

  @Test
  void managementUserOutsideTheDrsAdminGroupIsForbidden() throws Exception {
    DrsWebClient browser = new DrsWebClient();

    browser.login(TestServer.OPERATOR, TestServer.adminPassword());

    assertThat(browser.get(TestServer.HTTPS + "/drs/index.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void administratorLogsInToTheManagementConsoleWithTheSameAccount() throws Exception {
    assertThat(ConsoleLogin.statusFor(TestServer.adminUser(), TestServer.adminPassword()))
        .isEqualTo(200);
    assertThat(ConsoleLogin.statusFor(TestServer.adminUser(), "wrong")).isEqualTo(401);
  }
}
