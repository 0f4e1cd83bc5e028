package dev.vigil.bench.support;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monitors every benchmark uses: HTTP GET at 60 s, one region, spread over 1,000 tenants, each with its own
 * target URL, as the registry would publish them.
 */
public final class MonitorSnapshots {

    public static final int INTERVAL_SECONDS = 60;
    private static final int TENANTS = 1000;
    private static final int TIMEOUT_MS = 5000;

    private MonitorSnapshots() {
    }

    public static MonitorSnapshot http(UUID id, int i) {
        var http = new HttpCheck(HttpMethod.GET, Map.of("Accept", "application/json"), null, List.of(), true,
                HttpCheck.DEFAULT_MAX_BODY_BYTES);
        var check = new CheckSpec(CheckKind.HTTP, "https://service-" + i + ".example.com/health", TIMEOUT_MS, http,
                null, List.of(), null, null);
        return new MonitorSnapshot(id, "tenant-" + (i % TENANTS), "monitor " + i, check, INTERVAL_SECONDS,
                MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD, MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD, null,
                MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT, null, null,
                MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS, List.of(), null, List.of(), true, 1, Instant.now());
    }
}
