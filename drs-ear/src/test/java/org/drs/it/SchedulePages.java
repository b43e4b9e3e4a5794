package org.drs.it;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.dmr.ModelNode;

/**
 * The Schedule List and Scheduler pages, driven over HTTP as an administrator, and the schedule
 * timers as WildFly's management model shows them (the container's own next timeouts).
 */
final class SchedulePages {

  private static final Pattern SCHEDULE_LINK = Pattern.compile("scheduler\\.xhtml\\?id=(\\d+)");
  private static final String TIMERS =
      "deployment=drs.ear/subdeployment=drs-ejb.jar/subsystem=ejb3/stateless-session-bean="
          + "ScheduleTimers/service=timer-service";

  private final DrsWebClient browser = new DrsWebClient();

  SchedulePages() throws IOException, InterruptedException {
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
  }

  FacesForm scheduler(Long id) throws IOException, InterruptedException {
    return FacesForm.open(
        browser, "/drs/backup/scheduler.xhtml" + (id == null ? "" : "?id=" + id), "scheduler-form");
  }

  String schedulerPage(long id) throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/scheduler.xhtml?id=" + id).body();
  }

  /** Presses a Scheduler button (save, enable, set-default) on a fresh page with the fields. */
  String press(Long id, String button, Map<String, ?> fields)
      throws IOException, InterruptedException {
    return scheduler(id).press(button, true, fields);
  }

  String listPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/schedule-list.xhtml").body();
  }

  String historyPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/history.xhtml").body();
  }

  List<Long> ids() throws IOException, InterruptedException {
    return SCHEDULE_LINK
        .matcher(listPage())
        .results()
        .map(m -> Long.valueOf(m.group(1)))
        .distinct()
        .toList();
  }

  /** The id of the schedule of that name in the list. */
  long id(String name) throws IOException, InterruptedException {
    Matcher link =
        Pattern.compile("scheduler\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(name) + "<")
            .matcher(listPage());
    if (!link.find()) {
      throw new AssertionError("No schedule " + name + " in the list: " + listPage());
    }
    return Long.parseLong(link.group(1));
  }

  /** Presses a Schedule List button with the schedules of those ids selected. */
  String pressOnList(String button, List<Long> selected) throws IOException, InterruptedException {
    FacesForm list =
        FacesForm.open(browser, "/drs/backup/schedule-list.xhtml", "schedule-list-form");
    return list.press(
        button,
        true,
        Map.of(
            "schedules_selection",
            String.join(",", selected.stream().map(String::valueOf).toList())));
  }

  /** Select All, then Delete Selected: every schedule but the default one goes. */
  String deleteAll() throws IOException, InterruptedException {
    FacesForm list =
        FacesForm.open(browser, "/drs/backup/schedule-list.xhtml", "schedule-list-form");
    list.press("select-all", false, Map.of());
    return list.press("delete-selected", false, Map.of());
  }

  /** The list's row of the schedule: its cells' text, for checking columns. */
  String row(String name) throws IOException, InterruptedException {
    Matcher row =
        Pattern.compile(
                "<tr[^>]*>(?:(?!</tr>).)*>" + Pattern.quote(name) + "</a>(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL)
            .matcher(listPage());
    if (!row.find()) {
      throw new AssertionError("No row for schedule " + name + " in: " + listPage());
    }
    return row.group();
  }

  /** Waits until the schedule's last result is one of a finished run, and returns it. */
  String awaitLastResult(String name) {
    Pattern result = Pattern.compile("schedule-last-result\">([A-Z]+)<");
    return JobWaits.awaitResult(
        "schedule " + name + " to have run",
        () -> {
          Matcher last = result.matcher(row(name));
          return last.find() ? last.group(1) : "RUNNING";
        });
  }

  /** The Scheduler's fields for a schedule of the DEMO feature. */
  static Map<String, Object> fields(
      String name,
      long deviceId,
      LocalDateTime start,
      String zone,
      String frequency,
      List<String> days) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("device_input", String.valueOf(deviceId));
    fields.put("features", "DEMO");
    fields.put("start-date_input", start.toLocalDate().toString());
    fields.put(
        "start-time_input",
        start.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")));
    fields.put("zone_input", zone);
    fields.put("frequency", frequency);
    fields.put("days", days);
    return fields;
  }

  /** The container's next timeout of each armed schedule timer, by the schedule id in its info. */
  static Map<Long, List<Instant>> armedTimers() throws Exception {
    try (ServerModel server = new ServerModel()) {
      ModelNode service =
          server.execute(TIMERS, "read-resource", "include-runtime", "true", "recursive", "true");
      Map<Long, List<Instant>> armed = new LinkedHashMap<>();
      if (service.hasDefined("timer")) {
        Pattern schedule = Pattern.compile("DRS schedule (\\d+) ");
        for (var timer : service.get("timer").asPropertyList()) {
          Matcher id = schedule.matcher(timer.getValue().get("info").asString());
          if (id.find()) {
            armed
                .computeIfAbsent(Long.valueOf(id.group(1)), k -> new java.util.ArrayList<>())
                .add(Instant.ofEpochMilli(timer.getValue().get("next-timeout").asLong()));
          }
        }
      }
      return armed;
    }
  }
}
