package dev.vigil.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in a sign-in, without a browser: keeps cookies, follows redirects one by one (so a test
 * can read each hop) and submits Keycloak's login form. The real browser tests live in e2e-tests; this one is fast
 * enough to check the protocol details of every sign-in.
 */
final class HttpBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final int MAX_HOPS = 10;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackIsSecure(cookies))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Every URI requested, in order: the redirect chain of each navigation. */
    private final List<URI> visited = new ArrayList<>();

    HttpResponse<String> open(URI uri) {
        return follow(send(HttpRequest.newBuilder(uri).GET().build()));
    }

    /** Fills in Keycloak's login form on this page and submits it, following redirects back to the console. */
    HttpResponse<String> signIn(HttpResponse<String> loginPage, String username, String password) {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("Keycloak's login form on " + loginPage.uri()).isTrue();
        URI action = URI.create(form.group(1).replace("&amp;", "&"));
        HttpResponse<String> after = follow(send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", ""))))
                .build()));
        assertThat(after.uri().getPath()).as("where signing in as %s ended; the page said: %s", username,
                after.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).doesNotContain("/login-actions/");
        return after;
    }

    /** Presses the page's sign-out button: a POST with the page's CSRF token. */
    HttpResponse<String> signOut(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
        return follow(send(HttpRequest.newBuilder(page.uri().resolve("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token.group(1)))))
                .build()));
    }

    HttpResponse<String> post(URI uri, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    List<URI> visited() {
        return List.copyOf(visited);
    }

    List<HttpCookie> cookiesFor(URI uri) {
        return cookies.getCookieStore().get(uri);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < MAX_HOPS && current.statusCode() / 100 == 3; hop++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next).GET().build());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) {
        visited.add(request.uri());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers treat http://localhost as a secure context and send it cookies marked Secure (Keycloak's login
     * cookies are); the JDK's cookie manager would not, so cookies are looked up as if the request were https.
     */
    private static final class LoopbackIsSecure extends CookieHandler {

        private final CookieManager cookies;

        LoopbackIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            URI lookup = "localhost".equals(uri.getHost()) ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri;
            return cookies.get(lookup, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
