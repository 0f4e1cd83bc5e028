package dev.vigil.egress;

/** Why an address is refused, so callers can report a precise reason and count refusals by kind. */
public enum ForbiddenRange {
    /** 0.0.0.0/8: "this network"; dialling 0.0.0.0 reaches the local host on Linux. */
    THIS_NETWORK("this-network (0.0.0.0/8)"),
    /** 127.0.0.0/8 and ::1. */
    LOOPBACK("loopback"),
    /** RFC 1918: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
    PRIVATE("private (RFC 1918)"),
    /** 169.254.0.0/16 (including cloud metadata 169.254.169.254) and fe80::/10. */
    LINK_LOCAL("link-local"),
    /** 100.64.0.0/10, shared address space of carrier-grade NAT. */
    CARRIER_GRADE_NAT("carrier-grade NAT (100.64.0.0/10)"),
    /** 224.0.0.0/4 and ff00::/8. */
    MULTICAST("multicast"),
    /** 255.255.255.255. */
    BROADCAST("broadcast"),
    /** fc00::/7. */
    UNIQUE_LOCAL("unique local (fc00::/7)"),
    /** Special-purpose ranges that are never a legitimate public target: protocol assignments, documentation, benchmarking, 240.0.0.0/4, IPv6 outside global unicast. */
    RESERVED("reserved"),
    /** The IPv6 unspecified address ::, which like 0.0.0.0 reaches the local host. */
    UNSPECIFIED("unspecified (::)");

    private final String description;

    ForbiddenRange(String description) {
        this.description = description;
    }

    /** A short human-readable name of the range, for messages. */
    public String description() {
        return description;
    }
}
