package dev.vigil.egress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** Builds test addresses from raw bytes, so no test ever depends on a resolver. */
final class Addresses {

    private Addresses() {
    }

    /** An address from its hex bytes, e.g. "7f000001" or 32 hex digits for IPv6. */
    static InetAddress bytes(String hex) {
        try {
            return InetAddress.getByAddress(HexFormat.of().parseHex(hex));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }

    /** An Inet6Address kept in IPv6 form even when its bytes are IPv4-mapped (Java would otherwise unwrap it). */
    static InetAddress ipv6(String hex) {
        try {
            return Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }

    /** An address from a canonical literal, parsed by the JDK without any lookup. */
    static InetAddress literal(String text) {
        return InetAddress.ofLiteral(text);
    }
}
