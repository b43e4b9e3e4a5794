package org.drs.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser-like HTTP client for DRS pages: keeps the session cookie, does not follow redirects (so
 * tests can see them), and trusts the self-signed certificate the test server generated.
 */
final class DrsWebClient {

  /** A hung server fails the test instead of hanging the build. */
  private static final Duration REQUEST_BOUND = Duration.ofMinutes(2);

  private final HttpClient http;

  DrsWebClient() {
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(trustingSelfSignedCertificates())
            .build();
  }

  HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_BOUND).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form; {@code facesRequest} marks a JSF Ajax request, as PrimeFaces sends it. */
  HttpResponse<String> post(URI url, String form, String facesRequest)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_BOUND)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", facesRequest)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens a page (which the container answers with the login form) and submits the form. */
  HttpResponse<String> login(String user, String password)
      throws IOException, InterruptedException {
    get(TestServer.HTTPS + "/drs/index.xhtml");
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(
        HttpRequest.newBuilder(URI.create(TestServer.HTTPS + "/drs/j_security_check"))
            .timeout(REQUEST_BOUND)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static SSLContext trustingSelfSignedCertificates() {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("No TLS in this JVM", e);
    }
  }
}
