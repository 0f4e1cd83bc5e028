package dev.vigil.notifier.webhook;

import dev.vigil.egress.BlockedTargetException;
import dev.vigil.egress.EgressGuard;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way to turn a host into addresses: the SSRF guard resolves once and the client dials exactly
 * what the guard allowed, so a DNS answer cannot change between the check and the connection.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final EgressGuard guard;

    GuardedDnsResolver(EgressGuard guard) {
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return guard.resolve(host).toArray(InetAddress[]::new);
        } catch (BlockedTargetException e) {
            throw new BlockedHostException(e);
        }
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return List.of(resolve(host)).stream().map(address -> new InetSocketAddress(address, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The client's resolver contract allows only UnknownHostException, so the refusal travels inside one. */
    static final class BlockedHostException extends UnknownHostException {

        BlockedHostException(BlockedTargetException refusal) {
            super(refusal.getMessage());
            initCause(refusal);
        }
    }
}
