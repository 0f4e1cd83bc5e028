package dev.vigil.probe.http;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.secret.Redaction;
import dev.vigil.probe.net.Hosts;
import dev.vigil.probe.net.ProbeFailure;
import java.net.URI;
import java.util.Locale;

/** Where one HTTP request goes, taken apart from its URL. */
record HttpTarget(URI uri, boolean https, String host, int port, String requestTarget, String hostHeader) {

    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    static HttpTarget of(URI uri) throws ProbeFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ProbeFailure(ProbeErrorKind.INTERNAL,
                    "not an http or https URL: " + Redaction.url(uri.toString()), null);
        }
        String rawHost = rawHost(uri);
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? HTTPS_PORT : HTTP_PORT) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String hostHeader = uri.getPort() == -1 ? rawHost : rawHost + ":" + port;
        return new HttpTarget(uri, https, Hosts.unbracket(rawHost), port, target, hostHeader);
    }

    /**
     * The host as written; {@link URI#getHost()} is null for spellings like {@code 0x7f.0.0.1}, which must still
     * reach the guard (and be refused there) rather than fail as a malformed URL.
     */
    private static String rawHost(URI uri) throws ProbeFailure {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            throw new ProbeFailure(ProbeErrorKind.INTERNAL, "URL has no host: " + Redaction.url(uri.toString()), null);
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        return colon > 0 && !hostAndPort.endsWith("]") ? hostAndPort.substring(0, colon) : hostAndPort;
    }
}
