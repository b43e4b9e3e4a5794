package org.drs.it;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Restore Wizard, Restore Status and Restore History, driven over HTTP as an administrator. */
final class RestorePages {

  private static final Pattern SET_CHOICE =
      Pattern.compile("name=\"restore-form:set-choice\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SERVER_CHOICE =
      Pattern.compile("name=\"restore-form:server-choice\"[^>]*value=\"([^\"]+)\"");

  private final DrsWebClient browser = new DrsWebClient();
  private FacesForm wizard;

  RestorePages() throws IOException, InterruptedException {
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
  }

  /** Opens the wizard afresh and chooses the device; returns the answer (the sets, or messages). */
  String chooseDevice(long deviceId) throws IOException, InterruptedException {
    wizard = FacesForm.open(browser, "/drs/restore/wizard.xhtml", "restore-form");
    return wizard.wizardStep(
        "wizard", "set", false, Map.of("device-choice", String.valueOf(deviceId)));
  }

  /** Chooses the newest set, the first the set step lists. */
  String chooseNewestSet(String setStep) throws IOException, InterruptedException {
    return wizard.wizardStep(
        "wizard", "features", false, Map.of("set-choice", first(SET_CHOICE, setStep)));
  }

  String chooseFeature(String... features) throws IOException, InterruptedException {
    return wizard.wizardStep(
        "wizard", "server", false, Map.of("feature-choice", List.of(features)));
  }

  /** Chooses the server the server step offers (this one); returns the summary. */
  String chooseServer(String serverStep) throws IOException, InterruptedException {
    return wizard.wizardStep(
        "wizard", "summary", false, Map.of("server-choice", first(SERVER_CHOICE, serverStep)));
  }

  private static String first(Pattern choice, String step) {
    Matcher value = choice.matcher(step);
    if (!value.find()) {
      throw new AssertionError("Nothing to choose in: " + step);
    }
    return value.group(1);
  }

  /** Walks the whole wizard for one feature of the newest set and returns the summary. */
  String summary(long deviceId, String... features) throws IOException, InterruptedException {
    chooseNewestSet(chooseDevice(deviceId));
    return chooseServer(chooseFeature(features));
  }

  /** Presses Restore on the summary; a redirect to the status page means the job started. */
  String restore() throws IOException, InterruptedException {
    return wizard.press("restore", false, Map.of());
  }

  /** Presses Cancel Restore on Restore Status; returns the answer. */
  String cancel() throws IOException, InterruptedException {
    return FacesForm.open(browser, "/drs/restore/status.xhtml", "status-form")
        .press("cancel-restore", true, Map.of());
  }

  String historyPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/restore/history.xhtml").body();
  }

  String statusPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/restore/status.xhtml").body();
  }

  /** The newest restore's own log file, through its link in the history. */
  String newestLog() throws IOException, InterruptedException {
    return log(newestJobId());
  }

  private String log(long jobId) throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/job-log?job=" + jobId).body();
  }

  /**
   * Waits until the newest restore, which the caller started, has ended completely (its log's last
   * line is written after the staging area is removed and the platform lock released) and returns
   * its result.
   */
  String awaitNewestResult() throws IOException, InterruptedException {
    long jobId = newestJobId();
    JobWaits.await("restore " + jobId + " to end", () -> log(jobId).contains("Restore job ended"));
    return JobWaits.resultOf(jobId, historyPage());
  }

  /**
   * Waits until the newest restore has a recorded result other than RUNNING: for a restore that a
   * killed server could not end itself, whose end DRS records when it starts again.
   */
  String awaitRecordedResult() {
    return JobWaits.awaitResult(
        "the newest restore to have a result", () -> JobWaits.newestResult(historyPage()));
  }

  private long newestJobId() throws IOException, InterruptedException {
    Matcher link = Pattern.compile("job-log\\?job=(\\d+)").matcher(historyPage());
    if (!link.find()) {
      throw new AssertionError("No restore in the history");
    }
    return Long.parseLong(link.group(1));
  }
}
