package dev.vigil.probe.net;

import dev.vigil.contracts.probe.ProbeErrorKind;

/** The {@code host:port} target of tcp and tls checks; IPv6 literals come in brackets, {@code [::1]:443}. */
public record HostAndPort(String host, int port) {

    private static final int HIGHEST_PORT = 65_535;

    public static HostAndPort parse(String target) throws ProbeFailure {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || colon == target.length() - 1) {
            throw invalid(target);
        }
        String host = Hosts.unbracket(target.substring(0, colon));
        try {
            int port = Integer.parseInt(target.substring(colon + 1));
            if (port < 1 || port > HIGHEST_PORT || host.isBlank()) {
                throw invalid(target);
            }
            return new HostAndPort(host, port);
        } catch (NumberFormatException notAPort) {
            throw invalid(target);
        }
    }

    private static ProbeFailure invalid(String target) {
        return new ProbeFailure(ProbeErrorKind.INTERNAL, "target '" + target + "' is not host:port", null);
    }
}
