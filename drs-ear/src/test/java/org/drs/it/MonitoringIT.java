package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What monitoring sees of DRS, with real parts: Prometheus's view through {@code /prometheus}
 * (checked by Debian's promtool), the alarm lines at a real rsyslogd, and the alarm mails at a real
 * SMTP server (GreenMail), after the administrator applied configure-alarm-syslog.cli and
 * configure-alarm-mail.cli as the README says.
 */
class MonitoringIT extends AdminPagesSession {

  private static final String DEMO = "DEMO";

  @TempDir static Path receivers;
  @TempDir Path device;

  private static SyslogReceiver syslog;
  private static GreenMail mail;

  @Deployment(testable = false)
  static EnterpriseArchive drs() {
    TestFeatures.install();
    return TestServer.drsEar();
  }

  @BeforeAll
  static void startReceiversAndSendAlarmsThere() throws Exception {
    syslog = SyslogReceiver.start(receivers);
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.start();
    int smtpPort = mail.getSmtp().getPort();
    Path properties = receivers.resolve("alarms.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "drs.syslog.host=127.0.0.1",
            "drs.syslog.port=" + syslog.port,
            "drs.mail.host=127.0.0.1",
            "drs.mail.port=" + smtpPort,
            "drs.mail.from=drs@drs-it.example",
            "drs.mail.to=backup-admins@drs-it.example,oncall@drs-it.example",
            ""));
    applyScripts(
        properties,
        "--resolve-parameter-values",
        "configure-alarm-syslog.cli",
        "configure-alarm-mail.cli");
  }

  @AfterAll
  static void stopSendingAlarms() throws Exception {
    try {
      applyScripts(null, null, "remove-alarm-syslog.cli", "remove-alarm-mail.cli");
    } finally {
      if (syslog != null) {
        syslog.close();
      }
      if (mail != null) {
        mail.stop();
      }
      TestFeatures.remove();
    }
  }

  @Test
  void metricsMatchTheHistoryAndTheAlarmsReachSyslogAndMail() throws Exception {
    MetricsScrape before = firstSample();
    long succeeded = backups.backUp(backups.localDevice("metrics", device), DEMO);
    assertThat(backups.awaitEnd(succeeded)).isEqualTo("SUCCESS");
    Path vanishing = Files.createDirectory(device.resolve("vanishing"));
    long vanished = backups.localDevice("vanished", vanishing);
    Files.delete(vanishing);
    long failed = backups.backUp(vanished, DEMO);
    assertThat(backups.awaitEnd(failed)).isEqualTo("FAILED");
    CompositeData success = job(succeeded);
    CompositeData failure = job(failed);

    String demo = "{feature=\"" + DEMO + "\"";
    String successes = "drs_backup_results_total" + demo + ",result=\"SUCCESS\"}";
    String failures = "drs_backup_results_total" + demo + ",result=\"FAILED\"}";
    MetricsScrape after =
        awaitScrape(
            "the two backups and the failure's alarm in the figures",
            s ->
                s.value(successes) == before.value(successes) + 1
                    && s.value(failures) == before.value(failures) + 1
                    && s.value("drs_job_running" + demo + "}") == 0
                    && s.value("drs_alarms_active{name=\"CiscoDRFBackupFailure\"}") > 0);
    assertThat(after.value("drs_backup_last_success_timestamp_seconds" + demo + "}"))
        .isEqualTo(instant(success.get("endedAt")).toEpochMilli() / 1000.0);
    assertThat(after.value("drs_backup_last_success_age_seconds" + demo + "}"))
        .isBetween(
            0.0,
            (double) Duration.between(instant(success.get("endedAt")), Instant.now()).toSeconds()
                + 1);
    assertThat(after.value("drs_backup_last_duration_seconds" + demo + "}"))
        .isEqualTo(
            Duration.between(instant(failure.get("startedAt")), instant(failure.get("endedAt")))
                    .toMillis()
                / 1000.0);
    assertThat(after.value("drs_job_running" + demo + "}")).isZero();
    assertThat(after.value("drs_alarms_raised_total{name=\"CiscoDRFBackupFailure\"}")).isPositive();
    assertThat(after.value("drs_alarms_active{name=\"CiscoDRFBackupFailure\"}")).isPositive();
    assertThat(after.value("drs_device_free_bytes{device=\"metrics\"}")).isPositive();
    assertThat(after.value("drs_device_free_bytes{device=\"vanished\"}")).isNaN();
    assertThat(promtool(after.drsSeries(), "check", "metrics")).isEmpty();

    String line = "ALARM CiscoDRFBackupFailure time=";
    JobWaits.await(
        "the alarm line of job " + failed + " at rsyslogd",
        () ->
            syslog.lines().stream()
                .anyMatch(l -> l.contains(line) && l.contains("job=" + failed + " ")));
    String received =
        syslog.lines().stream().filter(l -> l.contains(line)).reduce((a, b) -> b).orElseThrow();
    assertThat(received)
        .as("an RFC 5424 message of the app drs")
        .matches("<\\d+>1 \\S+ \\S+ drs .*");

    MimeMessage alarm = awaitMail("CiscoDRFBackupFailure", failed);
    assertThat(alarm.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("backup-admins@drs-it.example", "oncall@drs-it.example");
    assertThat(body(alarm))
        .contains("Alarm:     CiscoDRFBackupFailure", "Job:       " + failed, "Server:    ");
  }

  @Test
  void aJobSendsOneMailPerAlarmName() throws Exception {
    long partial = backups.backUp(backups.localDevice("partial", device), "IT");
    assertThat(backups.awaitEnd(partial)).isEqualTo("PARTIAL");
    assertThat(devices.alarmsPage()).contains("IT/FAILS", "IT/SKIPPED");

    awaitMail("CiscoDRFMABackupComponentFailure", partial);
    // The choice is made when each alarm is committed, before the job ends; the mails are sent on
    // other threads, so a second one would be on its way already.
    TimeUnit.SECONDS.sleep(2);
    assertThat(mailsOf("CiscoDRFMABackupComponentFailure", partial)).hasSize(1);
  }

  @Test
  void metricsAreForManagementUsersOnlyAndOnlyAtPrometheus() throws Exception {
    assertThat(MetricsScrape.get(null, null).statusCode()).isEqualTo(401);
    assertThat(MetricsScrape.get(TestServer.adminUser(), "wrong").statusCode()).isEqualTo(401);
    assertThat(scrape().drsSeries()).contains("# HELP drs_backup_last_success_timestamp_seconds ");
    HttpResponse<Void> wildflyMetrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.MANAGEMENT + "/metrics")).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(wildflyMetrics.statusCode()).as("WildFly's own /metrics is gone").isEqualTo(404);
  }

  @Test
  void theReadmesAlertingRuleFiresAfter26HoursWithoutASuccess() throws Exception {
    Path config = Path.of(System.getProperty("drs.wildfly-config"));
    String rules = Files.readString(config.resolve("prometheus-alerts.yml"));
    assertThat(Files.readString(config.resolveSibling("README.md")))
        .as("the README shows wildfly-config/prometheus-alerts.yml as it is")
        .contains(rules.substring(rules.indexOf("groups:")));
    Path work = Files.createDirectories(device.resolve("rules"));
    Files.writeString(work.resolve("prometheus-alerts.yml"), rules);
    try (var test =
        MonitoringIT.class.getResourceAsStream("/prometheus/prometheus-alerts-test.yml")) {
      Files.write(work.resolve("prometheus-alerts-test.yml"), test.readAllBytes());
    }
    assertThat(run(work, "promtool", "check", "rules", "prometheus-alerts.yml"))
        .contains("SUCCESS");
    assertThat(run(work, "promtool", "test", "rules", "prometheus-alerts-test.yml"))
        .contains("SUCCESS");
  }

  private static MetricsScrape scrape() throws IOException, InterruptedException {
    return MetricsScrape.of(TestServer.adminUser(), TestServer.adminPassword());
  }

  /** The figures of this deployment's first sample, taken just after it started. */
  private static MetricsScrape firstSample() {
    return awaitScrape(
        "DRS's first sample",
        s ->
            s.values()
                .containsKey(
                    "drs_backup_results_total{feature=\"" + DEMO + "\",result=\"SUCCESS\"}"));
  }

  /** DRS samples in the background after every job: waits for a scrape that shows what is asked. */
  private static MetricsScrape awaitScrape(String what, Predicate<MetricsScrape> shows) {
    AtomicReference<MetricsScrape> shown = new AtomicReference<>();
    JobWaits.await(
        what,
        () -> {
          MetricsScrape scrape = scrape();
          shown.set(scrape);
          return shows.test(scrape);
        });
    return shown.get();
  }

  private static CompositeData job(long id) throws Exception {
    try (JMXConnector connector =
        JmxIT.connect(TestServer.adminUser(), TestServer.adminPassword())) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      CompositeData[] history =
          (CompositeData[])
              server.invoke(
                  new ObjectName(JmxIT.OBJECT_NAME),
                  "history",
                  new Object[] {"backup"},
                  new String[] {String.class.getName()});
      return Arrays.stream(history).filter(j -> j.get("id").equals(id)).findFirst().orElseThrow();
    }
  }

  private static Instant instant(Object text) {
    return Instant.parse((String) text);
  }

  private static MimeMessage awaitMail(String alarm, long jobId) throws Exception {
    JobWaits.await(
        "a mail of " + alarm + " for job " + jobId, () -> !mailsOf(alarm, jobId).isEmpty());
    return mailsOf(alarm, jobId).get(0);
  }

  /**
   * The mails of an alarm about a job. GreenMail keeps a copy per recipient: one mail is one
   * Message-ID.
   */
  private static List<MimeMessage> mailsOf(String alarm, long jobId) {
    Map<String, MimeMessage> mails = new LinkedHashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (subject(message).startsWith("DRS alarm " + alarm + " ")
          && body(message).contains("Job:       " + jobId + "\n")) {
        mails.putIfAbsent(header(message, "Message-ID"), message);
      }
    }
    return List.copyOf(mails.values());
  }

  /** The body's lines as the server wrote them (SMTP ends them with CR LF). */
  private static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message).replace("\r\n", "\n");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, ",");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Applies wildfly-config scripts to the test server in one jboss-cli run, as the README says. */
  private static void applyScripts(Path properties, String flag, String... scripts)
      throws Exception {
    Path config = Path.of(System.getProperty("drs.wildfly-config"));
    Path file = Files.createTempFile(receivers, "alarms", ".cli");
    StringBuilder text = new StringBuilder();
    for (String script : scripts) {
      text.append(Files.readString(config.resolve(script))).append('\n');
    }
    Files.writeString(file, text);
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                TestServer.home().resolve("bin/jboss-cli.sh").toString(),
                "-c",
                "--controller=localhost:" + TestServer.MANAGEMENT_PORT,
                "--file=" + file));
    if (properties != null) {
      command.add("--properties=" + properties);
      command.add(flag);
    }
    String out = run(receivers, command.toArray(String[]::new));
    assertThat(out).doesNotContain("failed");
  }

  /** Runs a program, which must succeed, and returns what it printed. */
  private static String run(Path directory, String... command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
    return out;
  }

  /** promtool reading the series on its standard input; what it complains of. */
  private static String promtool(String input, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("promtool"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue())
        .as("promtool " + String.join(" ", arguments) + ":\n" + out + "\non\n" + input)
        .isZero();
    return out.strip();
  }
}
