package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.testkit.tls.TestCertificates;
import dev.vigil.probe.support.TestProbeProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsProbeTest {

    private static final TestCertificates certificates = new TestCertificates();
    private static final Instant now = Instant.now();

    private static Prober prober;
    private static LocalHttpServer valid;
    private static LocalHttpServer expired;
    private static LocalHttpServer expiringSoon;
    private static LocalHttpServer wrongHost;

    @BeforeAll
    static void startServers(@TempDir Path directory) {
        prober = TestProbeProperties.loopbackProber(Map.of(
                "tls.trust-store", certificates.trustStore(directory).toString(),
                "tls.trust-store-password", TestCertificates.password()));
        valid = serve("localhost", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)));
        expired = serve("localhost", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        expiringSoon = serve("localhost", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)));
        wrongHost = serve("wrong.example", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)));
    }

    @AfterAll
    static void stopServers() {
        valid.close();
        expired.close();
        expiringSoon.close();
        wrongHost.close();
    }

    @Test
    void https_with_a_valid_certificate_is_up_with_the_handshake_timed_and_the_certificate_recorded() {
        ProbeOutcome outcome = prober.probe(Checks.http(https(valid)));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.timings().tlsMs()).isNotNull().isGreaterThan(0.0);
        assertThat(outcome.timings().dnsMs()).isNotNull();
        assertThat(outcome.timings().connectMs()).isNotNull();
        assertThat(outcome.timings().ttfbMs()).isNotNull();
        assertThat(outcome.certificate()).isNotNull();
        assertThat(outcome.certificate().issuer()).isEqualTo(certificates.issuerName());
        assertThat(outcome.certificate().subject()).isEqualTo("CN=localhost");
        assertThat(outcome.certificate().daysRemaining(Instant.now())).isBetween(89L, 90L);
    }

    @Test
    void https_with_an_expired_certificate_is_down_as_tls_error_and_still_records_it() {
        ProbeOutcome outcome = prober.probe(Checks.http(https(expired)));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.TLS_ERROR);
        assertThat(outcome.certificate()).isNotNull();
        assertThat(outcome.certificate().daysRemaining(Instant.now())).isNegative();
    }

    @Test
    void a_certificate_expiring_in_five_days_is_up_and_says_so() {
        ProbeOutcome outcome = prober.probe(Checks.tls("localhost:" + expiringSoon.port()));

        assertThat(outcome.up()).isTrue();
        assertThat(outcome.certificate()).isNotNull();
        assertThat(outcome.certificate().daysRemaining(Instant.now())).isBetween(4L, 5L);
        assertThat(outcome.timings().tlsMs()).isNotNull();
        assertThat(outcome.timings().ttfbMs()).isNull();
    }

    @Test
    void a_certificate_for_another_host_name_is_down_as_tls_error() {
        ProbeOutcome https = prober.probe(Checks.http(https(wrongHost)));
        ProbeOutcome tls = prober.probe(Checks.tls("localhost:" + wrongHost.port()));

        assertThat(https.errorKind()).isEqualTo(ProbeErrorKind.TLS_ERROR);
        assertThat(tls.errorKind()).isEqualTo(ProbeErrorKind.TLS_ERROR);
        assertThat(tls.certificate()).isNotNull();
        assertThat(tls.certificate().subject()).isEqualTo("CN=wrong.example");
    }

    @Test
    void a_certificate_from_an_untrusted_authority_is_down_as_tls_error() {
        Prober jdkTrust = TestProbeProperties.loopbackProber(Map.of());

        assertThat(jdkTrust.probe(Checks.tls("localhost:" + valid.port())).errorKind())
                .isEqualTo(ProbeErrorKind.TLS_ERROR);
    }

    private static LocalHttpServer serve(String dnsName, Instant notBefore, Instant notAfter) {
        return LocalHttpServer.https(certificates.server(dnsName, notBefore, notAfter))
                .answer("/", 200, "text/plain", "secure");
    }

    private static String https(LocalHttpServer server) {
        return "https://localhost:" + server.port() + "/";
    }
}
