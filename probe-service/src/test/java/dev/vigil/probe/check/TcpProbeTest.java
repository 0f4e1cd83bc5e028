package dev.vigil.probe.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.support.Checks;
import dev.vigil.probe.support.TestProbeProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TcpProbeTest {

    private final Prober prober = TestProbeProperties.loopbackProber(Map.of());

    @Test
    void an_open_port_is_up_with_the_connect_timed() throws IOException {
        try (var listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ProbeOutcome outcome = prober.probe(Checks.tcp("127.0.0.1:" + listening.getLocalPort()));

            assertThat(outcome.up()).isTrue();
            assertThat(outcome.timings().connectMs()).isNotNull().isGreaterThan(0.0);
        }
    }

    @Test
    void a_closed_port_is_down_as_connect_refused() throws IOException {
        int closed;
        try (var listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = listening.getLocalPort();
        }

        ProbeOutcome outcome = prober.probe(Checks.tcp("127.0.0.1:" + closed));

        assertThat(outcome.up()).isFalse();
        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.CONNECT_REFUSED);
    }

    @Test
    void a_name_that_does_not_resolve_is_down_as_dns_failure() {
        ProbeOutcome outcome = prober.probe(Checks.tcp("no-such-host.invalid:80"));

        assertThat(outcome.errorKind()).isEqualTo(ProbeErrorKind.DNS_FAILURE);
    }
}
