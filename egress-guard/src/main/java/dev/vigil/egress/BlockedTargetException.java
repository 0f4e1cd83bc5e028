package dev.vigil.egress;

import java.io.IOException;
import java.net.InetAddress;

import org.jspecify.annotations.Nullable;

/**
 * Signals that a target was refused by the egress guard; an {@link IOException} so that HTTP clients propagate it
 * unchanged from their DNS and connect hooks.
 */
public final class BlockedTargetException extends IOException {

    private final String host;
    private final @Nullable InetAddress address;
    private final ForbiddenRange range;

    public BlockedTargetException(String host, @Nullable InetAddress address, ForbiddenRange range) {
        super(message(host, address, range));
        this.host = host;
        this.address = address;
        this.range = range;
    }

    private static String message(String host, @Nullable InetAddress address, ForbiddenRange range) {
        String target = address == null ? "'" + host + "'" : "'" + host + "' (" + address.getHostAddress() + ")";
        return "egress to " + target + " refused: " + range.description() + " address";
    }

    /** The host name or literal that was asked for. */
    public String host() {
        return host;
    }

    /** The refused address, or null when the refusal was decided before any address was known. */
    public @Nullable InetAddress address() {
        return address;
    }

    public ForbiddenRange range() {
        return range;
    }
}
