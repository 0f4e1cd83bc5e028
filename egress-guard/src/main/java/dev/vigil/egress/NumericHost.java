package dev.vigil.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses numeric host literals the way URL parsers and inet_aton do, so that "2130706433", "0x7f.1" or "0177.0.0.1"
 * are recognised as 127.0.0.1 here instead of being handed to a resolver that would interpret them the same way
 * behind the guard's back.
 */
public final class NumericHost {

    private static final long IPV4_MAX = 0xffff_ffffL;

    private NumericHost() {
    }

    /**
     * Parses {@code host} as an IP literal: an IPv6 address with or without brackets, or an IPv4 address in any
     * inet_aton form (one to four parts, each decimal, 0x-hexadecimal or 0-octal, the last filling the remaining
     * bytes), with one trailing dot allowed. Following the WHATWG URL rule, a host whose last label is a number is
     * numeric: it parses or is refused, never treated as a DNS name.
     *
     * @return the address, or empty when {@code host} is a DNS name
     * @throws UnknownHostException when {@code host} looks numeric but is not a valid address
     */
    public static Optional<InetAddress> parseNumericHost(String host) throws UnknownHostException {
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            return Optional.of(parseIpv6(host));
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int lastDot = name.lastIndexOf('.');
        if (!isNumber(name.substring(lastDot + 1))) {
            return Optional.empty();
        }
        return Optional.of(parseIpv4(host, name));
    }

    private static InetAddress parseIpv6(String host) throws UnknownHostException {
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        if (host.startsWith("[") != bracketed) {
            throw new UnknownHostException(host + ": unbalanced brackets around an IPv6 literal");
        }
        try {
            return Inet6Address.ofLiteral(bracketed ? host.substring(1, host.length() - 1) : host);
        } catch (IllegalArgumentException e) {
            throw new UnknownHostException(host + ": invalid IPv6 literal");
        }
    }

    private static InetAddress parseIpv4(String host, String name) throws UnknownHostException {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4) {
            throw new UnknownHostException(host + ": an IPv4 literal has at most four parts");
        }
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            long part = parsePart(host, parts[i]);
            boolean last = i == parts.length - 1;
            long limit = last ? IPV4_MAX >>> (Byte.SIZE * i) : 0xff;
            if (part > limit) {
                throw new UnknownHostException(host + ": part '" + parts[i] + "' of an IPv4 literal is out of range");
            }
            value = last ? (value << (Byte.SIZE * (4 - i))) | part : (value << Byte.SIZE) | part;
        }
        byte[] address = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return Inet4Address.getByAddress(host, address);
    }

    /** Decimal, 0x-hexadecimal (an empty "0x" reads as 0, as in the WHATWG URL parser) or 0-octal, ASCII only. */
    private static long parsePart(String host, String part) throws UnknownHostException {
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        } else if (part.isEmpty()) {
            throw new UnknownHostException(host + ": empty part in an IPv4 literal");
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = asciiDigit(digits.charAt(i), radix);
            if (digit < 0) {
                throw new UnknownHostException(host + ": '" + part + "' is not a valid IPv4 literal part");
            }
            value = value * radix + digit;
            if (value > IPV4_MAX) {
                throw new UnknownHostException(host + ": part '" + part + "' of an IPv4 literal is out of range");
            }
        }
        return value;
    }

    /** Whether a label reads as a number in the WHATWG sense: all decimal digits, or 0x followed by hex digits. */
    private static boolean isNumber(String label) {
        if (label.isEmpty()) {
            return false;
        }
        boolean hex = label.startsWith("0x") || label.startsWith("0X");
        String digits = hex ? label.substring(2) : label;
        return digits.chars().allMatch(c -> asciiDigit((char) c, hex ? 16 : 10) >= 0);
    }

    private static int asciiDigit(char c, int radix) {
        int digit;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return -1;
        }
        return digit < radix ? digit : -1;
    }
}
