package dev.vigil.egress;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host-name rules applied before any lookup, so that the string the guard judges is the string a resolver would
 * see: ASCII-folded, syntactically a DNS name, and never a localhost name that some resolvers answer on their own.
 */
final class HostNames {

    /** Letters, digits, hyphens and underscores in non-empty dot-separated labels, with one optional final dot. */
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*\\.?");

    private HostNames() {
    }

    /**
     * Lower-case ASCII form of a host; IDN mapping also folds full-width digits and ideographic full stops into
     * ASCII, which is what a URL parser does before a numeric host is recognised. IPv6 literals pass unchanged.
     */
    static String toAscii(String host) throws UnknownHostException {
        if (host.isBlank()) {
            throw new UnknownHostException("empty host");
        }
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            return host;
        }
        try {
            return IDN.toASCII(host).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new UnknownHostException(host + ": not a valid host name");
        }
    }

    /** Throws unless an ASCII host is a syntactically valid DNS name (no spaces, slashes, empty labels...). */
    static void requireValidName(String original, String ascii) throws UnknownHostException {
        if (!HOST_NAME.matcher(ascii).matches()) {
            throw new UnknownHostException(original + ": not a valid host name");
        }
    }

    /** RFC 6761 reserves localhost and every name under it for loopback. */
    static boolean isLocalhost(String ascii) {
        String bare = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        return bare.equals("localhost") || bare.endsWith(".localhost");
    }

    /** The loopback answers for a localhost name, given here rather than by a resolver that may say otherwise. */
    static List<InetAddress> localhostAddresses(String host) throws UnknownHostException {
        return List.of(
                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}),
                InetAddress.getByAddress(host, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    }
}
