package org.drs.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in to the management HTTP interface (what the web console calls) with HTTP Digest, as a
 * browser does when an administrator opens the console.
 */
final class ConsoleLogin {

  private static final String ENDPOINT = TestServer.MANAGEMENT + "/management";
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"?([^\",]*)\"?");

  private ConsoleLogin() {}

  /** The status of a read of the server's name with these credentials: 200 when accepted. */
  static int statusFor(String user, String password) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> challenge =
        http.send(HttpRequest.newBuilder(URI.create(ENDPOINT)).build(), ofString());
    if (challenge.statusCode() != 401) {
      return challenge.statusCode();
    }
    Map<String, String> digest =
        parameters(challenge.headers().firstValue("WWW-Authenticate").orElseThrow());
    String uri = "/management";
    String clientNonce = "0a4f113b";
    String nonceCount = "00000001";
    String ha1 = md5(user + ":" + digest.get("realm") + ":" + password);
    String ha2 = md5("GET:" + uri);
    String response =
        md5(
            ha1
                + ":"
                + digest.get("nonce")
                + ":"
                + nonceCount
                + ":"
                + clientNonce
                + ":auth:"
                + ha2);
    String authorization =
        String.format(
            "Digest username=\"%s\", realm=\"%s\", nonce=\"%s\", uri=\"%s\", qop=auth, nc=%s,"
                + " cnonce=\"%s\", response=\"%s\", opaque=\"%s\", algorithm=MD5",
            user,
            digest.get("realm"),
            digest.get("nonce"),
            uri,
            nonceCount,
            clientNonce,
            response,
            digest.getOrDefault("opaque", ""));
    return http.send(
            HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", authorization)
                .build(),
            ofString())
        .statusCode();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static Map<String, String> parameters(String header) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher matcher = PARAMETER.matcher(header.replaceFirst("^Digest ", ""));
    while (matcher.find()) {
      parameters.put(matcher.group(1), matcher.group(2));
    }
    return parameters;
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
