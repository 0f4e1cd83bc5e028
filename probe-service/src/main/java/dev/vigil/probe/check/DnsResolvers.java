package dev.vigil.probe.check;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * Makes the resolver a dns check asks: the configured {@code host:port} server, or the system's resolvers. A new one
 * per check, because a resolver's timeout is its own state and every check has its own.
 */
final class DnsResolvers {

    private static final int DNS_PORT = 53;

    private final @Nullable InetSocketAddress server;

    DnsResolvers(@Nullable String configured) {
        this.server = configured == null || configured.isBlank() ? null : address(configured.trim());
    }

    Resolver create() throws UnknownHostException {
        return server == null ? new ExtendedResolver() : new SimpleResolver(server);
    }

    /** {@code host}, {@code host:port}, {@code [v6]:port} or a bare IPv6 address; the port defaults to 53. */
    private static InetSocketAddress address(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            String port = hostAndPort.substring(close + 1);
            return new InetSocketAddress(hostAndPort.substring(1, close),
                    port.startsWith(":") ? Integer.parseInt(port.substring(1)) : DNS_PORT);
        }
        int colon = hostAndPort.indexOf(':');
        if (colon < 0 || colon != hostAndPort.lastIndexOf(':')) {
            return new InetSocketAddress(hostAndPort, DNS_PORT);
        }
        return new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
    }
}
