package dev.vigil.bench.support;

import dev.vigil.contracts.monitor.AssertionOperator;
import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.DnsRecordType;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordMode;
import dev.vigil.contracts.monitor.KeywordRule;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import dev.vigil.contracts.monitor.StatusCodeRange;
import dev.vigil.contracts.monitor.TlsCheck;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Monitors as a real population looks, for the scheduler's benchmarks: the same check for every monitor would let
 * any sharing of equal parts look perfect. Monitor {@code i} is always the same monitor (no randomness), but
 * neighbours differ: its kind, interval, regions, headers, expected statuses, method, timeout, TLS settings,
 * keyword or JSON assertion are each picked from a few common choices by a different part of a hash of {@code i},
 * tenants' API tokens differ per tenant, some DNS checks expect their own address, and every target is distinct.
 *
 * <p>Mix: 50 % http, 10 % keyword, 15 % tcp, 10 % dns, 15 % tls; intervals 30 s (20 %), 60 s (50 %), 300 s (20 %),
 * 600 s (10 %); regions all configured (40 %), one (25 %), two (20 %), three named (15 %).
 */
public final class VariedMonitors {

    /** The regions the monitors name; a scheduler configured with these probes a monitor without regions in all. */
    public static final List<String> REGIONS = List.of("eu-west", "us-east", "ap-south");
    /** The shortest interval of the mix, which bounds how often one monitor fires. */
    public static final int SHORTEST_INTERVAL_SECONDS = 30;

    private static final int TENANTS = 1000;
    private static final int[] INTERVALS = {30, 30, 60, 60, 60, 60, 60, 300, 300, 600};
    private static final int[] TIMEOUTS_MS = {2000, 5000, 5000, 10_000};
    private static final List<List<String>> REGION_CHOICES = List.of(List.of(), List.of(), List.of(), List.of(),
            List.of("eu-west"), List.of("us-east"), List.of("eu-west", "us-east"), List.of("us-east", "eu-west"),
            List.of("eu-west", "us-east", "ap-south"), List.of("ap-south"));
    private static final List<String> PATHS = List.of("/health", "/healthz", "/status", "/api/v1/ping", "/",
            "/login", "/.well-known/ready");
    private static final List<List<StatusCodeRange>> STATUSES = List.of(List.of(), List.of(), List.of(),
            List.of(new StatusCodeRange(200, 200)), List.of(new StatusCodeRange(200, 299)),
            List.of(new StatusCodeRange(200, 200), new StatusCodeRange(301, 302)), List.of(new StatusCodeRange(204, 204)));
    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.GET, HttpMethod.GET, HttpMethod.GET,
            HttpMethod.GET, HttpMethod.GET, HttpMethod.HEAD, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.GET};
    private static final DnsRecordType[] RECORD_TYPES = {DnsRecordType.A, DnsRecordType.A, DnsRecordType.AAAA,
            DnsRecordType.CNAME, DnsRecordType.MX, DnsRecordType.TXT};
    private static final int SMALL_BODY_LIMIT = 64 * 1024;
    private static final int TLS_PORT = 443;
    private static final int[] TCP_PORTS = {5432, 3306, 6379, 22, 25, 9092};
    private static final int PERCENT = 100;

    private VariedMonitors() {
    }

    public static MonitorSnapshot monitor(UUID id, int i) {
        long hash = mix(i);
        int tenant = (int) Long.remainderUnsigned(hash, TENANTS);
        String tenantId = new UUID(0x7e4a_0000_0000_4000L | tenant, 0x8000_0000_0000_0000L | tenant).toString();
        int interval = INTERVALS[pick(hash, 10, INTERVALS.length)];
        CheckSpec check = check(i, hash, tenant, interval);
        return new MonitorSnapshot(id, tenantId, "monitor " + i, check, interval,
                MonitorSnapshot.DEFAULT_FAILURE_THRESHOLD, MonitorSnapshot.DEFAULT_RECOVERY_THRESHOLD, null,
                MonitorSnapshot.DEFAULT_SLA_TARGET_PERCENT, null, null, MonitorSnapshot.DEFAULT_TLS_EXPIRY_WARNING_DAYS,
                REGION_CHOICES.get(pick(hash, 14, REGION_CHOICES.size())), null, List.of(), true,
                1 + pick(hash, 18, 5), Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i));
    }

    private static CheckSpec check(int i, long hash, int tenant, int interval) {
        int kind = pick(hash, 22, PERCENT);
        int timeout = Math.min(TIMEOUTS_MS[pick(hash, 29, TIMEOUTS_MS.length)], interval * 1000);
        if (kind < 50) {
            return new CheckSpec(CheckKind.HTTP, url(i, hash), timeout, http(hash, tenant), null,
                    pick(hash, 32, 10) == 0 ? List.of(new JsonAssertion("$.status", AssertionOperator.EQUALS, "up"))
                            : List.of(), null, tls(hash));
        }
        if (kind < 60) {
            KeywordRule keyword = pick(hash, 32, 3) == 0 ? new KeywordRule("error", KeywordMode.MUST_NOT_CONTAIN, false)
                    : new KeywordRule(pick(hash, 35, 2) == 0 ? "healthy" : "\"status\":\"ok\"",
                            KeywordMode.MUST_CONTAIN, true);
            return new CheckSpec(CheckKind.KEYWORD, url(i, hash), timeout, http(hash, tenant), keyword, List.of(),
                    null, null);
        }
        if (kind < 75) {
            return new CheckSpec(CheckKind.TCP, "db-" + i + ".internal.example.net:"
                    + TCP_PORTS[pick(hash, 32, TCP_PORTS.length)], timeout, null, null, List.of(), null, null);
        }
        if (kind < 85) {
            DnsRecordType type = RECORD_TYPES[pick(hash, 32, RECORD_TYPES.length)];
            // Some expect their own address, which no other monitor shares.
            String expected = type == DnsRecordType.A && pick(hash, 36, 2) == 0
                    ? "10." + (i >>> 16 & 0xff) + "." + (i >>> 8 & 0xff) + "." + (i & 0xff) : null;
            return new CheckSpec(CheckKind.DNS, "host-" + i + ".example.org", timeout, null, null, List.of(),
                    new DnsCheck(type, expected), null);
        }
        return new CheckSpec(CheckKind.TLS, "shop-" + i + ".example.com:" + TLS_PORT, timeout, null, null, List.of(),
                null, tls(hash));
    }

    private static String url(int i, long hash) {
        return "https://api-" + i + ".example.com" + PATHS.get(pick(hash, 38, PATHS.size()));
    }

    /** Header sets come from a few conventions, except tokens, which each tenant has its own of. */
    private static HttpCheck http(long hash, int tenant) {
        Map<String, String> headers = switch (pick(hash, 42, 6)) {
            case 0, 1 -> Map.of();
            case 2 -> Map.of("Accept", "application/json");
            case 3 -> Map.of("Accept", "application/json", "User-Agent", "vigil-probe");
            case 4 -> Map.of("Authorization", "Bearer tenant-" + tenant + "-monitoring-token");
            default -> Map.of("X-Api-Key", "key-" + Integer.toHexString(tenant * 0x9e3779b1), "Accept", "*/*");
        };
        HttpMethod method = METHODS[pick(hash, 46, METHODS.length)];
        return new HttpCheck(method, headers, method == HttpMethod.POST ? "{\"ping\":true}" : null,
                STATUSES.get(pick(hash, 50, STATUSES.size())), pick(hash, 54, 4) != 0,
                pick(hash, 56, 3) == 0 ? SMALL_BODY_LIMIT : HttpCheck.DEFAULT_MAX_BODY_BYTES);
    }

    private static @Nullable TlsCheck tls(long hash) {
        return switch (pick(hash, 58, 4)) {
            case 0 -> TlsCheck.STRICT;
            case 1 -> new TlsCheck(false, true);
            default -> null;
        };
    }

    /** A choice among {@code choices} from the bits of {@code hash} starting at {@code shift}. */
    private static int pick(long hash, int shift, int choices) {
        return (int) Long.remainderUnsigned(Long.rotateRight(hash, shift), choices);
    }

    /** The finaliser of MurmurHash3, so neighbouring monitors get unrelated choices. */
    private static long mix(long bits) {
        long h = bits;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe51a87e5L;
        h ^= h >>> 33;
        return h;
    }
}
