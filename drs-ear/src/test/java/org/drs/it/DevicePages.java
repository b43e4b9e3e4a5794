package org.drs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drs.testing.OpenSshServer;

/** The Backup Device List and Backup Device pages, driven over HTTP as an administrator. */
final class DevicePages {

  private static final Pattern DEVICE_LINK = Pattern.compile("device\\.xhtml\\?id=(\\d+)");

  private final DrsWebClient browser = new DrsWebClient();

  DevicePages() throws IOException, InterruptedException {
    browser.login(TestServer.adminUser(), TestServer.adminPassword());
  }

  /** The Backup Device page for a new device, or for editing the device with that id. */
  FacesForm devicePage(Long id) throws IOException, InterruptedException {
    return FacesForm.open(
        browser, "/drs/backup/device.xhtml" + (id == null ? "" : "?id=" + id), "device-form");
  }

  /** The Backup Device page of a saved device, as it opens for editing. */
  String editPage(long id) throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/device.xhtml?id=" + id).body();
  }

  String listPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/backup/device-list.xhtml").body();
  }

  String alarmsPage() throws IOException, InterruptedException {
    return browser.get(TestServer.HTTPS + "/drs/alarms.xhtml").body();
  }

  List<Long> deviceIds() throws IOException, InterruptedException {
    Matcher links = DEVICE_LINK.matcher(listPage());
    return links.results().map(m -> Long.valueOf(m.group(1))).distinct().toList();
  }

  /** Adds an SFTP device for the server, trusting its host key as an administrator would. */
  long addTrustedSftp(String name, OpenSshServer server) throws IOException, InterruptedException {
    return addTrustedSftp(name, server, Map.of());
  }

  /** The same, with some fields set otherwise, e.g. {@code compression_input}. */
  long addTrustedSftp(String name, OpenSshServer server, Map<String, String> otherwise)
      throws IOException, InterruptedException {
    Map<String, String> fields = sftp(name, server, server.password());
    fields.putAll(otherwise);
    List<Long> before = deviceIds();
    FacesForm page = devicePage(null);
    page.press("save", true, fields);
    String saved = page.press("trust", false, Map.of());
    if (!saved.contains("<redirect")) {
      throw new IllegalStateException("SFTP device " + name + " was not saved: " + saved);
    }
    return added(before);
  }

  /** The id of the one device that is new since the list was as given. */
  long added(List<Long> before) throws IOException, InterruptedException {
    List<Long> now = new java.util.ArrayList<>(deviceIds());
    now.removeAll(before);
    if (now.size() != 1) {
      throw new IllegalStateException("Expected one new device, found " + now);
    }
    return now.get(0);
  }

  FacesForm listForm() throws IOException, InterruptedException {
    return FacesForm.open(browser, "/drs/backup/device-list.xhtml", "device-list-form");
  }

  /**
   * Deletes every device, and fails when one is left (a refusal must not leak into other tests).
   */
  void deleteAll() throws IOException, InterruptedException {
    List<Long> ids = deviceIds();
    if (!ids.isEmpty()) {
      String answer =
          listForm()
              .press(
                  "delete-selected",
                  true,
                  Map.of(
                      "devices_selection",
                      String.join(",", ids.stream().map(String::valueOf).toList())));
      if (!deviceIds().isEmpty()) {
        throw new AssertionError("Devices were left after Delete Selected: " + answer);
      }
    }
  }

  static Map<String, String> sftp(String name, OpenSshServer server, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("type", "SFTP");
    fields.put("host", server.host());
    fields.put("port", String.valueOf(server.port()));
    fields.put("path", server.writableDirectory().toString());
    fields.put("user", OpenSshServer.USER);
    fields.put("password", password);
    fields.put("private-key", "");
    fields.put("backups-to-store", "5");
    return fields;
  }

  static Map<String, String> local(String name, Path directory) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("type", "LOCAL");
    fields.put("path", directory.toString());
    fields.put("backups-to-store", "3");
    return fields;
  }

  static Path exportFile() {
    return TestServer.home().resolve("standalone/data/drs/platform/drfDevice.xml");
  }

  static String securityPassword() throws IOException {
    return Files.readString(
            TestServer.home().resolve("standalone/configuration/drs-security-password"))
        .strip();
  }
}
