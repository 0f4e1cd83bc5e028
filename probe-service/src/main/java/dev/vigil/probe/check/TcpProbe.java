package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.HostAndPort;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.net.TargetDialer;
import java.net.Socket;

/** tcp checks: the target is up when a connection to host:port is accepted. */
final class TcpProbe {

    private final TargetDialer dialer;

    TcpProbe(TargetDialer dialer) {
        this.dialer = dialer;
    }

    ProbeOutcome run(CheckSpec spec, Deadline deadline, PhaseTimings timings) throws ProbeFailure {
        HostAndPort target = HostAndPort.parse(spec.target());
        Socket socket = dialer.open(target.host(), target.port(), deadline, timings);
        ProbeOutcome connected = ProbeOutcome.up(timings.finish(), null, null);
        TargetDialer.closeQuietly(socket);
        return connected;
    }
}
