package dev.vigil.probe.net;

/** Host spellings as they appear in URLs and targets, reduced to what the guard and TLS expect. */
public final class Hosts {

    private Hosts() {
    }

    /** {@code [::1]} becomes {@code ::1}; other hosts are returned unchanged. */
    public static String unbracket(String host) {
        if (host.length() > 2 && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** Whether the host is an IP literal (for which TLS sends no server name). */
    static boolean isIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
