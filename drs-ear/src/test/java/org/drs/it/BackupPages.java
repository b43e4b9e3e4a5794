package org.drs.it;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Manual Backup and Backup History pages, driven over HTTP as an administrator. */
final class BackupPages {

  private static final Pattern NEWEST_RESULT =
      Pattern.compile("class=\"history-result\">([A-Z]+)<");

  private final DrsWebClient browser = new DrsWebClient();
  private final DevicePages devices;

  BackupPages(DevicePages devices) throws IOException, InterruptedException {
    this.devices = devices;
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
  }

  /** Adds a local-directory device and returns its id. */
  long localDevice(String name, Path directory) throws IOException, InterruptedException {
    List<Long> before = devices.deviceIds();
    devices.devicePage(null).press("save", true, DevicePages.local(name, directory));
    return devices.added(before);
  }

  /** Presses Start Backup and returns the page's answer (a redirect when it started). */
  String startBackup(long deviceId, String feature) throws IOException, InterruptedException {
    FacesForm page = FacesForm.open(browser, "/drs/backup/manual.xhtml", "manual-backup-form");
    return page.press(
        "start-backup",
        true,
        Map.of("device_input", String.valueOf(deviceId), "features", feature));
  }

  /** Show Backup Files for a device: the complete sets on it. */
  String backupFiles(long deviceId) throws IOException, InterruptedException {
    FacesForm page = FacesForm.open(browser, "/drs/backup/files.xhtml", "files-form");
    return page.press("show", true, Map.of("device_input", String.valueOf(deviceId)));
  }

  FacesForm statusForm() throws IOException, InterruptedException {
    return FacesForm.open(browser, "/drs/backup/status.xhtml", "status-form");
  }

  /** The DRS job id of the newest backup, from its log link in the history. */
  long newestJobId() throws IOException, InterruptedException {
    Matcher link = Pattern.compile("job-log\\?job=(\\d+)").matcher(historyPage());
    if (!link.find()) {
      throw new AssertionError("No backup in the history");
    }
    return Long.parseLong(link.group(1));
  }

  String historyPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/history.xhtml").body();
  }

  String statusPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/status.xhtml").body();
  }

  String get(String path) throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + path).body();
  }

  /** Polls the newest backup's log until it has the line, for at most a minute. */
  void awaitLogLine(String line) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(deadline)) {
      if (get("/drs/job-log?job=" + newestJobId()).contains(line)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The backup log never said: " + line);
  }

  /**
   * Polls Current Status until the backup it shows (the running one, else the last that ran) has
   * ended, for at most two minutes: unlike the history's newest row, never a skipped scheduled run.
   */
  String awaitCurrentResult() throws Exception {
    Pattern result = Pattern.compile("id=\"status-form:result\"[^>]*>([A-Z]+)<");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      Matcher current = result.matcher(statusPage());
      if (current.find() && !"RUNNING".equals(current.group(1))) {
        return current.group(1);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The backup did not end within two minutes: " + statusPage());
  }

  /** Polls the history until the newest backup has ended, for at most two minutes. */
  String awaitNewestResult() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      Matcher result = NEWEST_RESULT.matcher(historyPage());
      if (result.find() && !"RUNNING".equals(result.group(1))) {
        return result.group(1);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The backup did not end within two minutes: " + historyPage());
  }
}
