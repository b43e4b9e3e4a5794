package org.drs.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Manual Backup and Backup History pages, driven over HTTP as an administrator. */
final class BackupPages {

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

  /** Presses Start Backup for a backup that must start, and returns its DRS job id. */
  long backUp(long deviceId, String feature) throws IOException, InterruptedException {
    String answer = startBackup(deviceId, feature);
    if (!answer.contains("<redirect")) {
      throw new AssertionError("The backup of " + feature + " did not start: " + answer);
    }
    return newestJobId();
  }

  /** The job's own log file, through the link the pages give. */
  String log(long jobId) throws IOException, InterruptedException {
    return get("/drs/job-log?job=" + jobId);
  }

  /** Waits until the job's log has the line. */
  void awaitLogLine(long jobId, String line) {
    JobWaits.await("backup " + jobId + " to log '" + line + "'", () -> log(jobId).contains(line));
  }

  /**
   * Waits until the job has ended completely (result recorded, files removed, platform lock
   * released: its log's last line is written after all of that) and returns its result.
   */
  String awaitEnd(long jobId) throws IOException, InterruptedException {
    awaitLogLine(jobId, "Backup job ended");
    return result(jobId);
  }

  /** Waits for the end of the newest backup, which the caller knows it started. */
  String awaitNewestResult() throws IOException, InterruptedException {
    return awaitEnd(newestJobId());
  }

  /**
   * Waits until the job has a recorded result other than RUNNING: for a job that a killed server
   * could not end itself, whose end DRS records when it starts again.
   */
  String awaitRecordedResult(long jobId) {
    return JobWaits.awaitResult("backup " + jobId + " to have a result", () -> result(jobId));
  }

  /** The job's result as the history shows it. */
  String result(long jobId) throws IOException, InterruptedException {
    return JobWaits.resultOf(jobId, historyPage());
  }
}
