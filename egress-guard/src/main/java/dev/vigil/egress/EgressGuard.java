package dev.vigil.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SSRF guard: resolves a target once and returns only addresses that may be dialled, so the address that is
 * checked is the address that is connected to and DNS rebinding has no second lookup to exploit.
 */
public final class EgressGuard {

    private final EgressPolicy policy;
    private final List<Cidr> allowed;
    private final HostResolver resolver;

    public EgressGuard(EgressPolicy policy) {
        this(policy, HostResolver.system());
    }

    public EgressGuard(EgressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.allowed = policy.allowedRanges();
        this.resolver = resolver;
    }

    /** Throws BlockedTargetException when the address is forbidden and not allow-listed. */
    public void checkAddress(InetAddress address) throws BlockedTargetException {
        Optional<ForbiddenRange> refusal = refusal(address);
        if (refusal.isPresent()) {
            throw new BlockedTargetException(address.getHostAddress(), address, refusal.get());
        }
    }

    public boolean isAllowed(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /**
     * Resolves the host once (literal forms incl. numeric tricks parsed here, never handed to the resolver raw);
     * returns the allowed addresses in resolver order; throws BlockedTargetException if every address is forbidden,
     * UnknownHostException if none resolve.
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException, BlockedTargetException {
        List<InetAddress> addresses = lookup(host);
        List<InetAddress> permitted = addresses.stream().filter(this::isAllowed).toList();
        if (permitted.isEmpty()) {
            InetAddress first = addresses.getFirst();
            throw new BlockedTargetException(host, first, refusal(first).orElseThrow());
        }
        return permitted;
    }

    /** Why an address is forbidden, e.g. Optional.of(ForbiddenRange.LOOPBACK), empty if public. */
    public Optional<ForbiddenRange> classify(InetAddress address) {
        return SpecialRanges.classify(canonical(address));
    }

    private Optional<ForbiddenRange> refusal(InetAddress address) {
        if (!policy.enabled()) {
            return Optional.empty();
        }
        byte[] bytes = canonical(address);
        if (allowed.stream().anyMatch(cidr -> cidr.containsBytes(bytes))) {
            return Optional.empty();
        }
        return SpecialRanges.classify(bytes);
    }

    /** An IPv4-mapped IPv6 address is dialled as its IPv4 address, so it is judged and allow-listed as one. */
    private static byte[] canonical(InetAddress address) {
        byte[] bytes = address.getAddress();
        return SpecialRanges.isIpv4Mapped(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : bytes;
    }

    /** The single lookup: numeric literals are parsed here, localhost answered here, only DNS names are resolved. */
    private List<InetAddress> lookup(String host) throws UnknownHostException {
        String name = HostNames.toAscii(host);
        Optional<InetAddress> literal = NumericHost.parseNumericHost(name);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        HostNames.requireValidName(host, name);
        if (HostNames.isLocalhost(name)) {
            return HostNames.localhostAddresses(host);
        }
        List<InetAddress> resolved = resolver.resolve(name);
        if (resolved.isEmpty()) {
            throw new UnknownHostException(host + ": no addresses");
        }
        return resolved;
    }
}
