package dev.vigil.registry.egress;

import dev.vigil.egress.BlockedTargetException;
import dev.vigil.egress.EgressGuard;
import dev.vigil.egress.EgressPolicy;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.web.InvalidRequestException;
import java.net.UnknownHostException;
import org.springframework.stereotype.Component;

/**
 * Refuses, at creation, hosts that only reach private, loopback or link-local addresses (monitor targets and
 * webhook URLs), so users learn early that such a target could never be reached; the probe and the notifier check
 * again at connect time, which is the real guard.
 */
@Component
public class PublicTargets {

    private final boolean allowPrivate;
    private final EgressGuard guard = new EgressGuard(EgressPolicy.strict());

    public PublicTargets(RegistryProperties properties) {
        this.allowPrivate = properties.monitors().allowPrivateTargets();
    }

    /** @throws InvalidRequestException naming {@code field} when every address of the host is forbidden */
    public void requirePublic(String field, String host) {
        if (allowPrivate) {
            return;
        }
        try {
            guard.resolve(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        } catch (BlockedTargetException blocked) {
            throw new InvalidRequestException(field,
                    "resolves only to %s addresses, which Vigil may not reach".formatted(
                            blocked.range().description()));
        } catch (UnknownHostException unresolved) {
            // A name that does not resolve yet is the target's first finding, not invalid input.
            return;
        }
    }
}
