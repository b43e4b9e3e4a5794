package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One scrape of the test server's {@code /prometheus}, as Prometheus makes it: over HTTP on the
 * management interface, logged in with BASIC.
 */
record MetricsScrape(String text) {

  static final String ENDPOINT = TestServer.MANAGEMENT + "/prometheus";

  static MetricsScrape of(String user, String password) throws IOException, InterruptedException {
    HttpResponse<String> answer = get(user, password);
    assertThat(answer.statusCode()).as("GET " + ENDPOINT + ": " + answer.body()).isEqualTo(200);
    return new MetricsScrape(answer.body());
  }

  static HttpResponse<String> get(String user, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ENDPOINT)).GET();
    if (user != null) {
      String login = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** DRS's series with their HELP and TYPE lines, as promtool is given them. */
  String drsSeries() {
    return text.lines()
            .filter(line -> line.startsWith("drs_") || line.matches("# (HELP|TYPE) drs_.*"))
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  /**
   * The value of each series, by its name and labels as written, e.g. {@code drs_x{feature="A"}}.
   */
  Map<String, Double> values() {
    Map<String, Double> values = new LinkedHashMap<>();
    text.lines()
        .filter(line -> line.startsWith("drs_"))
        .forEach(
            line -> {
              int space = line.lastIndexOf(' ');
              values.put(line.substring(0, space), Double.valueOf(line.substring(space + 1)));
            });
    return values;
  }

  double value(String series) {
    Double value = values().get(series);
    assertThat(value).as(series + " in\n" + drsSeries()).isNotNull();
    return value;
  }
}
