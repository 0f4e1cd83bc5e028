package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.KeywordMode;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.probe.support.TestProbeProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

    private static final Prober prober = TestProbeProperties.loopbackProber(Map.of());
    private static LocalHttpServer server;

    @BeforeAll
    static void startServer() {
        server = LocalHttpServer.http()
                .answer("/ok", 200, "text/plain", "all good")
                .answer("/broken", 500, "text/plain", "boom")
                .answer("/big", 200, "text/plain", "x".repeat(4096))
                .slow("/slow", Duration.ofSeconds(10))
                .redirect("/to-ok", "/ok")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
                .redirect("/loop", "/loop")
                .handle("/echo", exchange -> {
                    byte[] body = (exchange.getRequestMethod() + " "
                            + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + " "
                            + exchange.getRequestHeaders().getFirst("X-Probe")).getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void status_200_is_up_with_every_plain_http_phase_timed() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/ok")));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.errorKind()).isNull();
        assertThat(outcome.statusCode()).isEqualTo(200);
        assertThat(outcome.timings().dnsMs()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(outcome.timings().connectMs()).isNotNull().isGreaterThan(0.0);
        assertThat(outcome.timings().ttfbMs()).isNotNull().isGreaterThan(0.0);
        assertThat(outcome.timings().tlsMs()).isNull();
        assertThat(outcome.timings().totalMs()).isGreaterThanOrEqualTo(
                outcome.timings().connectMs() + outcome.timings().ttfbMs());
        assertThat(outcome.certificate()).isNull();
    }

    @Test
    void status_500_is_down_as_unexpected_status() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/broken")));

        assertThat(outcome.up()).isFalse();
        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.UNEXPECTED_STATUS);
        assertThat(outcome.statusCode()).isEqualTo(500);
    }

    @Test
    void a_server_slower_than_the_timeout_is_down_as_timeout_within_about_the_timeout() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/slow"), 300));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.TIMEOUT);
        assertThat(outcome.timings().totalMs()).isBetween(300.0, 2_000.0);
    }

    @Test
    void a_redirect_is_followed_to_its_target() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/to-ok")));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.statusCode()).isEqualTo(200);
    }

    @Test
    void a_redirect_is_reported_as_is_when_redirects_are_off() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/to-metadata"), Checks.get(false)));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.statusCode()).isEqualTo(302);
    }

    @Test
    void a_redirect_to_a_blocked_address_is_refused_as_blocked_target() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/to-metadata")));

        assertThat(outcome.up()).isFalse();
        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.BLOCKED_TARGET);
        assertThat(outcome.message()).contains("169.254.169.254");
    }

    @Test
    void endless_redirects_stop_after_the_configured_hops() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/loop")));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.UNEXPECTED_STATUS);
        assertThat(outcome.message()).contains("after 5 hops");
    }

    @Test
    void a_body_over_the_limit_is_down_as_body_too_large() {
        var small = new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true, 1024);

        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/big"), small));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.BODY_TOO_LARGE);
    }

    @Test
    void method_headers_and_body_of_the_check_are_sent() {
        var post = new HttpCheck(HttpMethod.POST, Map.of("X-Probe", "vigil"), "ping", List.of(), true, 1024);

        var echoed = new KeywordRule("POST ping vigil", KeywordMode.MUST_CONTAIN, true);

        ProbeOutcome outcome = prober.probe(new CheckSpec(CheckKind.KEYWORD, server.url("/echo"), Checks.TIMEOUT_MS,
                post, echoed, List.of(), null, null));

        assertThat(outcome.up()).isTrue();
    }
}
