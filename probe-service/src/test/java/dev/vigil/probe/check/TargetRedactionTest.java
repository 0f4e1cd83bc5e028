package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.LocalHttpServer;
import dev.vigil.probe.support.TestProbeProperties;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A probe's error text is published on the probe-results topic, so it must not carry a URL's credentials. */
class TargetRedactionTest {

    private static final Prober prober = TestProbeProperties.loopbackProber(Map.of());
    private static LocalHttpServer server;

    @BeforeAll
    static void startServer() {
        server = LocalHttpServer.http()
                .redirect("/to-malformed", "http://bad host/?token=t0k3n")
                .redirect("/to-ftp", "ftp://bob:s3cr3t@files.example.test/x?sig=abc123");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aMalformedRedirectIsReportedWithoutTheUserinfoOrQueryOfEitherUrl() {
        ProbeOutcome outcome = prober.probe(Checks.http(
                "http://alice:pa55w0rd@127.0.0.1:" + server.port() + "/to-malformed?api_key=k3y"));

        assertThat(outcome.up()).isFalse();
        assertThat(outcome.message()).contains("127.0.0.1", "/to-malformed")
                .doesNotContain("pa55w0rd", "k3y", "t0k3n");
    }

    @Test
    void aRedirectToAnotherSchemeIsReportedWithoutItsUserinfoOrQuery() {
        ProbeOutcome outcome = prober.probe(Checks.http(server.url("/to-ftp")));

        assertThat(outcome.up()).isFalse();
        assertThat(outcome.message()).contains("files.example.test").doesNotContain("s3cr3t", "abc123");
    }
}
