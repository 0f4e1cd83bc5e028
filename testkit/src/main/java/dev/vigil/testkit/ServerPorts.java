package dev.vigil.testkit;

/**
 * Where a shared server listens: on a free port by default, so test JVMs never collide, or on the
 * port a system property names, so the local stack can print stable URLs
 * ({@code -Dvigil.testkit.postgres.port=5432}, and likewise {@code keycloak}, {@code smtp} and {@code redis}). Kafka always
 * takes a free port: the embedded KRaft broker of Spring Kafka 4.0 accepts a port but does not use it.
 */
public final class ServerPorts {

    /** Zero asks the operating system for a free port. */
    public static final int ANY_FREE_PORT = 0;

    private ServerPorts() {
    }

    public static int configured(String server) {
        return Integer.getInteger("vigil.testkit." + server + ".port", ANY_FREE_PORT);
    }

    public static boolean isFixed(String server) {
        return configured(server) != ANY_FREE_PORT;
    }
}
