package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.secret.Redaction;
import dev.vigil.contracts.secret.Sealer;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps check header values secret: sealed with the check key at rest and on the topics (only the probe can open
 * them), masked in every answer, and a mask sent back by a client keeps the stored value. Every value a client sends
 * is sealed, even one that looks sealed already, so a client cannot make the probe send another monitor's secret.
 */
@Component
class CheckSecrets {

    private final Sealer sealer;

    CheckSecrets(RegistryProperties properties) {
        this.sealer = Sealer.fromBase64Key(properties.checks().secretKey());
    }

    MonitorSnapshot sealed(MonitorSnapshot plain) {
        return withHeaderValues(plain, sealer::seal);
    }

    /** Seals only the values still in clear, for monitors stored before values were sealed. */
    MonitorSnapshot sealedWhereClear(MonitorSnapshot stored) {
        return withHeaderValues(stored, value -> Sealer.isSealed(value) ? value : sealer.seal(value));
    }

    /** The stored monitor with its header values in clear; values stored before sealing existed pass as they are. */
    MonitorSnapshot opened(MonitorSnapshot stored) {
        return withHeaderValues(stored, value -> Sealer.isSealed(value) ? sealer.open(value) : value);
    }

    static MonitorSnapshot masked(MonitorSnapshot monitor) {
        return withHeaderValues(monitor, value -> Redaction.MASK);
    }

    /** Whether any header value of a stored monitor is still in clear, from before values were sealed. */
    static boolean holdsPlainValues(MonitorSnapshot stored) {
        HttpCheck http = stored.check().http();
        return http != null && http.headers().values().stream().anyMatch(value -> !Sealer.isSealed(value));
    }

    /**
     * The request with every masked header value replaced by the value {@code current} holds for that header.
     *
     * @throws InvalidRequestException for a mask where there is no stored value to keep
     */
    static MonitorRequest unmasked(MonitorRequest request, Map<String, String> current) {
        HttpSettings http = request.http();
        if (http == null || http.headers() == null) {
            return request;
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers().forEach((name, value) -> {
            if (!Redaction.MASK.equals(value)) {
                headers.put(name, value);
                return;
            }
            String kept = storedValue(current, name);
            if (kept == null) {
                errors.add(new FieldError("http.headers." + name,
                        "the mask " + Redaction.MASK + " keeps a stored value, and this monitor stores none here"));
            } else {
                headers.put(name, kept);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return request.withHttp(http.withHeaders(headers));
    }

    static Map<String, String> headers(MonitorSnapshot monitor) {
        HttpCheck http = monitor.check().http();
        return http == null ? Map.of() : http.headers();
    }

    /** Header names are case-insensitive, so a client may send the mask back under another spelling. */
    private static @Nullable String storedValue(Map<String, String> current, String name) {
        String exact = current.get(name);
        if (exact != null) {
            return exact;
        }
        return current.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static MonitorSnapshot withHeaderValues(MonitorSnapshot m, UnaryOperator<String> change) {
        CheckSpec check = m.check();
        HttpCheck http = check.http();
        if (http == null || http.headers().isEmpty()) {
            return m;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers().forEach((name, value) -> headers.put(name, change.apply(value)));
        var changedHttp = new HttpCheck(http.method(), headers, http.body(), http.expectedStatusCodes(),
                http.followRedirects(), http.maxBodyBytes());
        var changedCheck = new CheckSpec(check.kind(), check.target(), check.timeoutMs(), changedHttp,
                check.keyword(), check.jsonAssertions(), check.dns(), check.tls());
        return new MonitorSnapshot(m.id(), m.tenant(), m.name(), changedCheck, m.intervalSeconds(),
                m.failureThreshold(), m.recoveryThreshold(), m.reminderIntervalSeconds(), m.slaTargetPercent(),
                m.p95ThresholdMs(), m.p99ThresholdMs(), m.tlsExpiryWarningDays(), m.regions(), m.quorum(),
                m.maintenanceWindows(), m.enabled(), m.version(), m.updatedAt());
    }
}
