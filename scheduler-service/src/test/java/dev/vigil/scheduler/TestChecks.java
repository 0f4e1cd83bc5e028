package dev.vigil.scheduler;

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
import dev.vigil.contracts.monitor.StatusCodeRange;
import dev.vigil.contracts.monitor.TlsCheck;
import java.util.List;
import java.util.Map;

/** Checks of every kind with every optional part set, for tests of how the scheduler holds and rebuilds checks. */
public final class TestChecks {

    private static final int TIMEOUT_MS = 500;

    private TestChecks() {
    }

    public static List<CheckSpec> everyKind(String name) {
        return List.of(http(name), keyword(name),
                new CheckSpec(CheckKind.TCP, name + ".example.net:5432", TIMEOUT_MS, null, null, List.of(), null, null),
                new CheckSpec(CheckKind.DNS, name + ".example.org", TIMEOUT_MS, null, null, List.of(),
                        new DnsCheck(DnsRecordType.A, "10.0.0.7"), null),
                new CheckSpec(CheckKind.TLS, name + ".example.com:443", TIMEOUT_MS, null, null, List.of(), null,
                        new TlsCheck(false, true)));
    }

    public static CheckSpec http(String name) {
        return new CheckSpec(CheckKind.HTTP, "https://" + name + ".example.com/health?full=1", TIMEOUT_MS,
                httpSettings(), null, List.of(new JsonAssertion("$.status", AssertionOperator.EQUALS, "up"),
                        new JsonAssertion("$.latency", AssertionOperator.LESS_THAN, "250")),
                null, TlsCheck.STRICT);
    }

    public static CheckSpec keyword(String name) {
        return new CheckSpec(CheckKind.KEYWORD, "http://" + name + ".example.com/", TIMEOUT_MS, httpSettings(),
                new KeywordRule("Welcome", KeywordMode.MUST_CONTAIN, true), List.of(), null, null);
    }

    private static HttpCheck httpSettings() {
        return new HttpCheck(HttpMethod.POST,
                Map.of("Authorization", "Bearer token-1", "Accept", "application/json", "X-Trace", "on"),
                "{\"ping\":true}", List.of(new StatusCodeRange(200, 204), new StatusCodeRange(301, 302)), false,
                64 * 1024);
    }
}
