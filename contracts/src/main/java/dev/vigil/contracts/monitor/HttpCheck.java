package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How an http or keyword check sends its request and which answers count as up. */
public record HttpCheck(
    HttpMethod method,
    Map<String, String> headers,
    @Nullable String body,
    List<StatusCodeRange> expectedStatusCodes,
    boolean followRedirects,
    int maxBodyBytes) {

  /** Redirects and other 3xx answers still prove the server is serving. */
  public static final List<StatusCodeRange> DEFAULT_EXPECTED_STATUS_CODES = List.of(new StatusCodeRange(200, 399));

  /** Enough for keyword and assertion checks on real pages, small enough that a huge body cannot starve a prober. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public HttpCheck {
    Require.present(method, "method");
    headers = Require.mapOrEmpty(headers);
    expectedStatusCodes = expectedStatusCodes == null || expectedStatusCodes.isEmpty()
        ? DEFAULT_EXPECTED_STATUS_CODES
        : List.copyOf(expectedStatusCodes);
    Require.atLeast(maxBodyBytes, 1, "maxBodyBytes");
  }

  public boolean expects(int statusCode) {
    return expectedStatusCodes.stream().anyMatch(range -> range.contains(statusCode));
  }
}
