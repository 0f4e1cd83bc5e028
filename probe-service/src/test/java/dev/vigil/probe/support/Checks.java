package dev.vigil.probe.support;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.contracts.monitor.CheckSpec;
import dev.vigil.contracts.monitor.DnsCheck;
import dev.vigil.contracts.monitor.DnsRecordType;
import dev.vigil.contracts.monitor.HttpCheck;
import dev.vigil.contracts.monitor.HttpMethod;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.monitor.KeywordMode;
import dev.vigil.contracts.monitor.KeywordRule;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks as the tests need them, with the contract's defaults everywhere else. */
public final class Checks {

    public static final int TIMEOUT_MS = 2_000;

    private Checks() {
    }

    public static HttpCheck get(boolean followRedirects) {
        return new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), followRedirects,
                HttpCheck.DEFAULT_MAX_BODY_BYTES);
    }

    public static CheckSpec http(String url) {
        return http(url, TIMEOUT_MS);
    }

    public static CheckSpec http(String url, int timeoutMs) {
        return new CheckSpec(CheckKind.HTTP, url, timeoutMs, get(true), null, List.of(), null, null);
    }

    public static CheckSpec http(String url, HttpCheck http) {
        return new CheckSpec(CheckKind.HTTP, url, TIMEOUT_MS, http, null, List.of(), null, null);
    }

    public static CheckSpec keyword(String url, String keyword, KeywordMode mode, boolean caseSensitive) {
        return new CheckSpec(CheckKind.KEYWORD, url, TIMEOUT_MS, get(true),
                new KeywordRule(keyword, mode, caseSensitive), List.of(), null, null);
    }

    public static CheckSpec json(String url, JsonAssertion... assertions) {
        return new CheckSpec(CheckKind.HTTP, url, TIMEOUT_MS, get(true), null, List.of(assertions), null, null);
    }

    public static CheckSpec tcp(String hostAndPort) {
        return new CheckSpec(CheckKind.TCP, hostAndPort, TIMEOUT_MS, null, null, List.of(), null, null);
    }

    public static CheckSpec tls(String hostAndPort) {
        return new CheckSpec(CheckKind.TLS, hostAndPort, TIMEOUT_MS, null, null, List.of(), null, null);
    }

    public static CheckSpec dns(String name, DnsRecordType type, @Nullable String expected) {
        return new CheckSpec(CheckKind.DNS, name, TIMEOUT_MS, null, null, List.of(), new DnsCheck(type, expected),
                null);
    }
}
