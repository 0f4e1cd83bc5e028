package dev.vigil.probe.net;

import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * RFC 6125 host name matching against subjectAltName entries, for checks that skip chain verification but still
 * want the host name verified (the JDK only matches names as part of chain verification).
 */
final class HostnameMatcher {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private HostnameMatcher() {
    }

    static void check(X509Certificate leaf, String host) throws CertificateException {
        String wanted = host.toLowerCase(Locale.ROOT);
        int type = Hosts.isIpLiteral(host) ? IP_ADDRESS : DNS_NAME;
        for (List<?> name : names(leaf)) {
            if (((Integer) name.get(0)) == type && matches(String.valueOf(name.get(1)), wanted, type)) {
                return;
            }
        }
        throw new CertificateException("certificate is not valid for host '" + host + "'");
    }

    private static Collection<List<?>> names(X509Certificate leaf) throws CertificateParsingException {
        Collection<List<?>> names = leaf.getSubjectAlternativeNames();
        return names == null ? List.of() : names;
    }

    private static boolean matches(String pattern, String host, int type) {
        String name = pattern.toLowerCase(Locale.ROOT);
        if (type == IP_ADDRESS || !name.startsWith("*.")) {
            return name.equals(host);
        }
        int firstDot = host.indexOf('.');
        return firstDot > 0 && host.substring(firstDot).equals(name.substring(1));
    }
}
