package dev.vigil.egress;

import java.util.List;
import java.util.Optional;

/**
 * The table of forbidden ranges, and the IPv6 forms that carry an IPv4 address inside them (IPv4-mapped,
 * IPv4-compatible, NAT64, 6to4, Teredo) so that an internal IPv4 address cannot be reached under an IPv6 disguise.
 */
final class SpecialRanges {

    private record Entry(Cidr cidr, ForbiddenRange range) {
    }

    /** First match wins, so the broadcast address is listed before the 240.0.0.0/4 block that holds it. */
    private static final List<Entry> IPV4 = List.of(
            entry("0.0.0.0/8", ForbiddenRange.THIS_NETWORK),
            entry("10.0.0.0/8", ForbiddenRange.PRIVATE),
            entry("100.64.0.0/10", ForbiddenRange.CARRIER_GRADE_NAT),
            entry("127.0.0.0/8", ForbiddenRange.LOOPBACK),
            entry("169.254.0.0/16", ForbiddenRange.LINK_LOCAL),
            entry("172.16.0.0/12", ForbiddenRange.PRIVATE),
            entry("192.0.0.0/24", ForbiddenRange.RESERVED),
            entry("192.0.2.0/24", ForbiddenRange.RESERVED),
            entry("192.88.99.0/24", ForbiddenRange.RESERVED),
            entry("192.168.0.0/16", ForbiddenRange.PRIVATE),
            entry("198.18.0.0/15", ForbiddenRange.RESERVED),
            entry("198.51.100.0/24", ForbiddenRange.RESERVED),
            entry("203.0.113.0/24", ForbiddenRange.RESERVED),
            entry("224.0.0.0/4", ForbiddenRange.MULTICAST),
            entry("255.255.255.255/32", ForbiddenRange.BROADCAST),
            entry("240.0.0.0/4", ForbiddenRange.RESERVED));

    /** Native IPv6 ranges, checked before any embedded IPv4 address is looked at. */
    private static final List<Entry> IPV6 = List.of(
            entry("::/128", ForbiddenRange.UNSPECIFIED),
            entry("::1/128", ForbiddenRange.LOOPBACK),
            entry("64:ff9b:1::/48", ForbiddenRange.RESERVED),
            entry("100::/64", ForbiddenRange.RESERVED),
            entry("2001:2::/48", ForbiddenRange.RESERVED),
            entry("2001:10::/28", ForbiddenRange.RESERVED),
            entry("2001:20::/28", ForbiddenRange.RESERVED),
            entry("2001:db8::/32", ForbiddenRange.RESERVED),
            entry("3fff::/20", ForbiddenRange.RESERVED),
            entry("5f00::/16", ForbiddenRange.RESERVED),
            entry("fc00::/7", ForbiddenRange.UNIQUE_LOCAL),
            entry("fe80::/10", ForbiddenRange.LINK_LOCAL),
            entry("fec0::/10", ForbiddenRange.RESERVED),
            entry("ff00::/8", ForbiddenRange.MULTICAST));

    private static final Cidr IPV4_COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
    private static final Cidr TEREDO = Cidr.parse("2001::/32");
    private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

    private SpecialRanges() {
    }

    private static Entry entry(String cidr, ForbiddenRange range) {
        return new Entry(Cidr.parse(cidr), range);
    }

    /** Classifies raw address bytes (4 or 16), empty when the address is a public one. */
    static Optional<ForbiddenRange> classify(byte[] address) {
        return address.length == 4 ? match(IPV4, address) : classifyIpv6(address);
    }

    private static Optional<ForbiddenRange> classifyIpv6(byte[] address) {
        Optional<ForbiddenRange> nativeRange = match(IPV6, address);
        if (nativeRange.isPresent()) {
            return nativeRange;
        }
        if (isIpv4Mapped(address) || NAT64.containsBytes(address)) {
            return match(IPV4, slice(address, 12));
        }
        if (IPV4_COMPATIBLE.containsBytes(address)) {
            // Deprecated by RFC 4291 and routed, if at all, through a tunnel to the embedded address.
            return match(IPV4, slice(address, 12)).or(() -> Optional.of(ForbiddenRange.RESERVED));
        }
        if (SIX_TO_FOUR.containsBytes(address)) {
            return match(IPV4, slice(address, 2));
        }
        if (TEREDO.containsBytes(address)) {
            return match(IPV4, teredoClient(address)).or(() -> match(IPV4, slice(address, 4)));
        }
        if (!GLOBAL_UNICAST.containsBytes(address)) {
            return Optional.of(ForbiddenRange.RESERVED);
        }
        return Optional.empty();
    }

    /** ::ffff:0:0/96, tested by hand because Java's own parsers turn that literal into an IPv4 address. */
    static boolean isIpv4Mapped(byte[] address) {
        if (address.length != 16 || address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Teredo stores the client's public IPv4 address with every bit inverted in the last four bytes. */
    private static byte[] teredoClient(byte[] address) {
        byte[] client = slice(address, 12);
        for (int i = 0; i < client.length; i++) {
            client[i] = (byte) ~client[i];
        }
        return client;
    }

    private static byte[] slice(byte[] address, int from) {
        byte[] ipv4 = new byte[4];
        System.arraycopy(address, from, ipv4, 0, 4);
        return ipv4;
    }

    private static Optional<ForbiddenRange> match(List<Entry> table, byte[] address) {
        return table.stream().filter(e -> e.cidr().containsBytes(address)).map(Entry::range).findFirst();
    }
}
