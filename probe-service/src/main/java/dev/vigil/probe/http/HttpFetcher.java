package dev.vigil.probe.http;

import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.contracts.probe.CertificateInfo;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.secret.Redaction;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.net.TargetDialer;
import dev.vigil.probe.net.TlsConnector;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the request of an http check, following redirects when asked. Every hop is a new target: it is resolved
 * and dialled through the guard again, so a public URL cannot redirect a probe into the internal network.
 */
public final class HttpFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int SEE_OTHER = 303;

    private final HttpExchange exchange;
    private final int maxRedirects;
    private final int maxBodyBytes;

    /**
     * @param maxRedirects hops followed before the check fails
     * @param maxBodyBytes ceiling on any body read, above whatever a check allows itself
     */
    public HttpFetcher(TargetDialer dialer, TlsConnector tls, int maxRedirects, int maxBodyBytes) {
        this.exchange = new HttpExchange(dialer, tls);
        this.maxRedirects = maxRedirects;
        this.maxBodyBytes = maxBodyBytes;
    }

    public FetchedResponse fetch(String url, HttpCheck check, TlsCheck tls, Deadline deadline, PhaseTimings timings)
            throws ProbeFailure {
        URI uri = parse(url, url);
        String method = check.method().name();
        @Nullable String body = check.body();
        int bodyLimit = Math.min(check.maxBodyBytes(), maxBodyBytes);
        @Nullable CertificateInfo certificate = null;
        for (int hop = 0; ; hop++) {
            var response = exchange.send(HttpTarget.of(uri), method, check.headers(), body, tls, bodyLimit,
                    deadline, timings);
            certificate = response.certificate() != null ? response.certificate() : certificate;
            int status = response.head().status();
            var location = response.head().header("location");
            if (!check.followRedirects() || !REDIRECTS.contains(status) || location.isEmpty()) {
                return new FetchedResponse(status, response.body(), response.head().header("content-type"),
                        certificate);
            }
            if (hop == maxRedirects) {
                throw new ProbeFailure(ProbeErrorKind.UNEXPECTED_STATUS,
                        "still redirected (" + status + ") after " + maxRedirects + " hops", null, certificate);
            }
            uri = uri.resolve(parse(location.get(), url));
            if (status == SEE_OTHER && check.method() != HttpMethod.HEAD) {
                method = HttpMethod.GET.name();
                body = null;
            }
        }
    }

    private static URI parse(String location, String url) throws ProbeFailure {
        try {
            return new URI(location);
        } catch (URISyntaxException malformed) {
            throw new ProbeFailure(ProbeErrorKind.NETWORK_ERROR,
                    "malformed URL '" + Redaction.url(location) + "' while fetching " + Redaction.url(url),
                    malformed);
        }
    }
}
