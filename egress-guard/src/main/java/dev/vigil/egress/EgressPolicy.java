package dev.vigil.egress;

import java.util.List;
import java.util.Objects;

/**
 * What the guard lets through: when enabled, every forbidden range is refused except the CIDR ranges listed here.
 * Entries are canonical CIDRs ("127.0.0.0/8", "::1/128") or single addresses ("::1"); they are validated on
 * construction so a bad configuration fails at startup.
 *
 * @param enabled whether the guard refuses anything at all; keep it on outside tests of the guard itself
 * @param allowedCidrs ranges opened despite being forbidden, e.g. loopback for the local stack
 */
public record EgressPolicy(boolean enabled, List<String> allowedCidrs) {

    public EgressPolicy {
        allowedCidrs = List.copyOf(Objects.requireNonNullElse(allowedCidrs, List.of()));
        allowedCidrs.forEach(Cidr::parse);
    }

    /** Enabled, with nothing opened. */
    public static EgressPolicy strict() {
        return new EgressPolicy(true, List.of());
    }

    /** Enabled, with the given ranges opened. */
    public static EgressPolicy allowing(String... cidrs) {
        return new EgressPolicy(true, List.of(cidrs));
    }

    List<Cidr> allowedRanges() {
        return allowedCidrs.stream().map(Cidr::parse).toList();
    }
}
