package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.TlsCheck;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.HostAndPort;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.net.TargetDialer;
import dev.vigil.probe.net.TlsConnector;
import java.net.Socket;
import java.util.Objects;

/**
 * tls checks: up when the handshake succeeds with the chain and host name verified as the check asks; the
 * certificate (expiry, issuer) is recorded either way, and analytics warns on the days left.
 */
final class TlsProbe {

    private final TargetDialer dialer;
    private final TlsConnector tls;

    TlsProbe(TargetDialer dialer, TlsConnector tls) {
        this.dialer = dialer;
        this.tls = tls;
    }

    ProbeOutcome run(CheckSpec spec, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        HostAndPort target = HostAndPort.parse(spec.target());
        TlsCheck settings = Objects.requireNonNullElse(spec.tls(), TlsCheck.STRICT);
        Socket plain = dialer.open(target.host(), target.port(), deadline, timings);
        var connection = tls.handshake(plain, target.host(), target.port(), settings, deadline, timings);
        ProbeOutcome verified = ProbeOutcome.up(timings.finish(), null, connection.certificate());
        TargetDialer.closeQuietly(connection.socket());
        return verified;
    }
}
