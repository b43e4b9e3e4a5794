package org.drs.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSF page driven over HTTP the way PrimeFaces' Ajax does it: fields are posted with the view
 * state, the pressed button and the page's script nonce, and the partial response is returned as
 * text. Lighter than a browser for the many cases of a form.
 */
final class FacesForm {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  /** The page's script nonce, which PrimeFaces' Ajax sends back with every request of the view. */
  private static final Pattern SCRIPT_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final DrsWebClient browser;
  private final String url;
  private final String form;
  private final String nonce;
  private String viewState;

  private FacesForm(DrsWebClient browser, String url, String form, String page) {
    this.browser = browser;
    this.url = url;
    this.form = form;
    this.viewState = match(VIEW_STATE, page, "view state of " + url);
    this.nonce = match(SCRIPT_NONCE, page, "script nonce of " + url);
  }

  static FacesForm open(DrsWebClient browser, String path, String form)
      throws IOException, InterruptedException {
    String url = TestServer.HTTPS + path;
    HttpResponse<String> page = browser.get(url);
    if (page.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + page.statusCode());
    }
    return new FacesForm(browser, url, form, page.body());
  }

  /**
   * Presses a button of the form. Field names are the ids inside the form, e.g. {@code name}; a
   * field of several values (check boxes) is given as a list.
   *
   * @param processForm whether the whole form is processed (Save) or the button alone (Trust)
   * @return the partial response: updated markup, messages, or a redirect
   */
  String press(String button, boolean processForm, Map<String, ?> fields)
      throws IOException, InterruptedException {
    String source = form + ":" + button;
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("jakarta.faces.partial.ajax", "true");
    parameters.put("jakarta.faces.source", source);
    parameters.put("jakarta.faces.partial.execute", processForm ? form : source);
    parameters.put("jakarta.faces.partial.render", form + " messages");
    parameters.put(source, source);
    parameters.put(form, form);
    fields.forEach((field, value) -> parameters.put(form + ":" + field, value));
    return post(parameters);
  }

  /**
   * Moves a PrimeFaces wizard to another step, posting the current step's fields as Next does (or
   * nothing, for Back).
   *
   * @return the partial response: the new step's markup, or the same step with messages
   */
  String wizardStep(String wizard, String stepToGo, boolean back, Map<String, ?> fields)
      throws IOException, InterruptedException {
    String source = form + ":" + wizard;
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("jakarta.faces.partial.ajax", "true");
    parameters.put("jakarta.faces.source", source);
    parameters.put("jakarta.faces.partial.execute", source);
    parameters.put("jakarta.faces.partial.render", source + " messages");
    parameters.put(source + "_direction", back ? "back" : "next");
    parameters.put(source + "_stepToGo", stepToGo);
    parameters.put(form, form);
    fields.forEach((field, value) -> parameters.put(form + ":" + field, value));
    return post(parameters);
  }

  private String post(Map<String, Object> parameters) throws IOException, InterruptedException {
    parameters.put("jakarta.faces.ViewState", viewState);
    parameters.put("primefaces.nonce", nonce);
    HttpResponse<String> response =
        browser.post(
            URI.create(url),
            parameters.entrySet().stream()
                .flatMap(
                    e ->
                        (e.getValue() instanceof List<?> values ? values : List.of(e.getValue()))
                            .stream()
                                .map(value -> encode(e.getKey()) + "=" + encode(value.toString())))
                .collect(Collectors.joining("&")),
            "partial/ajax");
    Matcher state = PARTIAL_VIEW_STATE.matcher(response.body());
    if (state.find()) {
      viewState = state.group(1);
    }
    return response.body();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String match(Pattern pattern, String text, String what) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + what + " in: " + text);
    }
    return matcher.group(1);
  }
}
