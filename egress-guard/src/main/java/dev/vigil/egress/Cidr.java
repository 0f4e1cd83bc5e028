package dev.vigil.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 range in CIDR notation, matched byte-wise against addresses of the same family. */
final class Cidr {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final String text;
    private final byte[] network;
    private final int prefixLength;

    private Cidr(String text, byte[] network, int prefixLength) {
        this.text = text;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses {@code address/prefix}, or a bare address as a single-host range. Only canonical literals are accepted
     * (no inet_aton forms, no zone ids) and host bits must be zero, so a typo cannot open more than was meant.
     */
    static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] network = parseAddress(text, addressPart);
        int maxPrefix = network.length * Byte.SIZE;
        int prefix = slash < 0 ? maxPrefix : parsePrefix(text, trimmed.substring(slash + 1), maxPrefix);
        if (hasHostBits(network, prefix)) {
            throw new IllegalArgumentException("invalid CIDR '" + text + "': host bits are set beyond /" + prefix);
        }
        return new Cidr(trimmed, network, prefix);
    }

    private static byte[] parseAddress(String text, String addressPart) {
        try {
            if (addressPart.indexOf(':') >= 0) {
                if (addressPart.indexOf('%') >= 0 || addressPart.startsWith("[")) {
                    throw new IllegalArgumentException("zone ids and brackets are not allowed");
                }
                InetAddress address = Inet6Address.ofLiteral(addressPart);
                if (address instanceof Inet4Address) {
                    throw new IllegalArgumentException("write IPv4-mapped ranges in IPv4 notation");
                }
                return address.getAddress();
            }
            if (DOTTED_QUAD.matcher(addressPart).matches()) {
                return Inet4Address.ofLiteral(addressPart).getAddress();
            }
            throw new IllegalArgumentException("not an IPv4 dotted quad or IPv6 address");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid CIDR '" + text + "': " + e.getMessage(), e);
        }
    }

    private static int parsePrefix(String text, String prefixPart, int maxPrefix) {
        if (!prefixPart.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("invalid CIDR '" + text + "': prefix length must be a number");
        }
        int prefix = Integer.parseInt(prefixPart);
        if (prefix > maxPrefix) {
            throw new IllegalArgumentException(
                    "invalid CIDR '" + text + "': prefix length must be between 0 and " + maxPrefix);
        }
        return prefix;
    }

    private static boolean hasHostBits(byte[] address, int prefix) {
        for (int bit = prefix; bit < address.length * Byte.SIZE; bit++) {
            if ((address[bit / Byte.SIZE] & (0x80 >>> (bit % Byte.SIZE))) != 0) {
                return true;
            }
        }
        return false;
    }

    boolean containsBytes(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / Byte.SIZE;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % Byte.SIZE;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xff << (Byte.SIZE - remainingBits)) & 0xff;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
