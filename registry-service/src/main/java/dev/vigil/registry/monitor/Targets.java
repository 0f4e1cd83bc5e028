package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the host out of a target in the shape its kind expects: a URL, {@code host:port} or a domain name. */
final class Targets {

    private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");
    private static final int MAX_PORT = 65_535;
    private static final String LABEL = "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}\\.?$)(" + LABEL + "\\.)*" + LABEL + "\\.?");

    private Targets() {
    }

    /** What is wrong with the target for this kind, or null if it is well-formed. */
    static @Nullable String problem(CheckKind kind, String target) {
        return switch (kind) {
            case HTTP, KEYWORD -> urlHost(target) == null
                    ? "must be an absolute http or https URL with a host" : null;
            case TCP, TLS -> hostAndPort(target) == null
                    ? "must be host:port with a port between 1 and " + MAX_PORT : null;
            case DNS -> DOMAIN.matcher(target).matches() ? null : "must be a domain name";
        };
    }

    /** The host a probe will connect to, or null for dns checks, which only ask a resolver. */
    static @Nullable String connectHost(CheckKind kind, String target) {
        return switch (kind) {
            case HTTP, KEYWORD -> urlHost(target);
            case TCP, TLS -> hostAndPort(target);
            case DNS -> null;
        };
    }

    private static @Nullable String urlHost(String target) {
        try {
            URI uri = new URI(target);
            boolean http = uri.getScheme() != null && HTTP_SCHEMES.contains(uri.getScheme().toLowerCase());
            return http && uri.getHost() != null ? unbracket(uri.getHost()) : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    private static @Nullable String hostAndPort(String target) {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || colon == target.length() - 1) {
            return null;
        }
        String host = unbracket(target.substring(0, colon));
        String port = target.substring(colon + 1);
        if (!port.chars().allMatch(Character::isDigit) || port.length() > 5) {
            return null;
        }
        int number = Integer.parseInt(port);
        boolean hostOk = host.contains(":") ? target.startsWith("[") : DOMAIN.matcher(host).matches();
        return number >= 1 && number <= MAX_PORT && hostOk ? host : null;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
