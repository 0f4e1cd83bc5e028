package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.contracts.secret.Redaction;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.egress.EgressGuard;
import dev.vigil.probe.ProbeProperties;
import dev.vigil.probe.http.HttpFetcher;
import dev.vigil.probe.net.Deadline;
import dev.vigil.probe.net.PhaseTimings;
import dev.vigil.probe.net.ProbeFailure;
import dev.vigil.probe.net.TargetDialer;
import dev.vigil.probe.net.TlsConnector;
import dev.vigil.probe.net.TrustMaterial;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs any check to an outcome; never throws, because every way a probe can end is a fact to report, including a
 * bug in the prober (as {@code internal}).
 */
public final class Prober {

    private static final Logger log = LoggerFactory.getLogger(Prober.class);

    private final HttpProbe http;
    private final TcpProbe tcp;
    private final DnsProbe dns;
    private final TlsProbe tls;

    Prober(HttpProbe http, TcpProbe tcp, DnsProbe dns, TlsProbe tls) {
        this.http = http;
        this.tcp = tcp;
        this.dns = dns;
        this.tls = tls;
    }

    /** The prober as configured: one guarded dialer and one trust store shared by every kind of check. */
    public static Prober create(ProbeProperties properties, EgressGuard guard, MeterRegistry meters) {
        var dialer = new TargetDialer(guard);
        ProbeProperties.Tls trust = properties.tls();
        var tls = new TlsConnector(trust.trustStore() == null
                ? TrustMaterial.jdkDefault()
                : TrustMaterial.load(trust.trustStore(), trust.trustStorePassword(), trust.trustStoreType()));
        var fetcher = new HttpFetcher(dialer, tls, properties.maxRedirects(), properties.maxBodyBytes());
        var sealedHeaders = new SealedHeaders(Sealer.fromBase64Key(properties.checkSecretKey()), meters);
        return new Prober(new HttpProbe(fetcher, sealedHeaders), new TcpProbe(dialer),
                new DnsProbe(new DnsResolvers(properties.dns().resolver())), new TlsProbe(dialer, tls));
    }

    /** Blocks for at most about the check's timeout; meant to run on a virtual thread. */
    public ProbeOutcome probe(CheckSpec spec) {
        var timings = new PhaseTimings();
        var deadline = Deadline.startingNow(Duration.ofMillis(spec.timeoutMs()));
        try {
            return switch (spec.kind()) {
                case HTTP, KEYWORD -> http.run(spec, deadline, timings);
                case TCP -> tcp.run(spec, deadline, timings);
                case DNS -> dns.run(spec, deadline, timings);
                case TLS -> tls.run(spec, deadline, timings);
            };
        } catch (ProbeFailure failure) {
            return new ProbeOutcome(false, null, failure.kind(), timings.finish(), failure.certificate(),
                    List.of(), failure.getMessage());
        } catch (RuntimeException bug) {
            log.atError().setCause(bug).addKeyValue("target", Redaction.url(spec.target()))
                    .log("probe failed inside the prober");
            return ProbeOutcome.down(ProbeErrorKind.INTERNAL, "internal error: " + bug, timings.finish());
        }
    }
}
