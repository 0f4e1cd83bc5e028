package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.probe.support.TestProbeProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF table, end to end through the real client with the guard's strict default policy. A loopback server
 * listens, so a form that slipped through would reach it and come back up.
 */
class SsrfGuardTest {

    private static final Prober strict = TestProbeProperties.strictProber();
    private static LocalHttpServer server;

    @BeforeAll
    static void startServer() {
        server = LocalHttpServer.http().answer("/", 200, "text/plain", "internal");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void a_host_name_that_resolves_to_loopback_is_refused() {
        ProbeOutcome outcome = strict.probe(Checks.http("http://localhost:" + server.port() + "/"));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.BLOCKED_TARGET);
        assertThat(outcome.timings().connectMs()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "127.0.0.1", "2130706433", "0x7f000001", "017700000001", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]",
        "[0:0:0:0:0:0:0:1]", "0.0.0.0", "10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "224.0.0.1", "255.255.255.255", "[fc00::1]", "[fd12:3456::1]", "[fe80::1]", "[::ffff:169.254.169.254]",
        "[::127.0.0.1]", "[::]"
    })
    void an_internal_address_in_any_spelling_is_refused_before_connecting(String host) {
        ProbeOutcome outcome = strict.probe(Checks.http("http://" + host + ":" + server.port() + "/"));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.BLOCKED_TARGET);
        assertThat(outcome.timings().connectMs()).isNull();
    }

    @Test
    void tcp_and_tls_checks_are_guarded_too() {
        assertThat(strict.probe(Checks.tcp("localhost:" + server.port())).errorKind())
                .isEqualTo(ProbeErrorKind.BLOCKED_TARGET);
        assertThat(strict.probe(Checks.tls("127.0.0.1:" + server.port())).errorKind())
                .isEqualTo(ProbeErrorKind.BLOCKED_TARGET);
    }
}
