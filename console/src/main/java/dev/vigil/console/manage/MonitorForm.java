package dev.vigil.console.manage;

import static dev.vigil.console.api.TypedValues.decimal;
import static dev.vigil.console.api.TypedValues.integer;
import static dev.vigil.console.api.TypedValues.put;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A monitor as the form holds it: every field as typed, so a value the API refuses is shown again as the person
 * wrote it next to the API's message. Only the API validates; the console converts what it can and sends the rest
 * as typed, so the API's problem names the field.
 *
 * @param expectedStatus expected HTTP status codes, e.g. {@code 200-299, 301}
 * @param keywordMode {@code must_contain} or {@code must_not_contain}
 * @param httpHeaders request headers, one {@code Name: value} per line; the API answers stored values masked, and a
 *     mask sent back keeps the stored value, so an edit never needs the secret in the clear
 * @param jsonAssertions one {@code path operator [value]} per line, e.g. {@code $.status equals ok}
 * @param regions the regions to probe from, separated by commas; blank: the default region
 */
public record MonitorForm(
        @Nullable String name, @Nullable String kind, @Nullable String target, @Nullable String intervalSeconds,
        @Nullable String timeoutMs, @Nullable String failureThreshold, @Nullable String recoveryThreshold,
        @Nullable String slaTargetPercent, @Nullable String p95ThresholdMs, @Nullable String p99ThresholdMs,
        @Nullable String tlsExpiryWarningDays, @Nullable String httpMethod, @Nullable String expectedStatus,
        @Nullable String keyword, @Nullable String keywordMode, @Nullable String keywordCaseSensitive,
        @Nullable String dnsRecordType, @Nullable String dnsExpectedValue, @Nullable String tlsVerifyHostname,
        @Nullable String tlsVerifyChain, @Nullable String httpHeaders, @Nullable String httpBody,
        @Nullable String followRedirects, @Nullable String maxBodyBytes, @Nullable String jsonAssertions,
        @Nullable String reminderIntervalSeconds, @Nullable String regions, @Nullable String quorum) {

    public static final List<String> KINDS = List.of("http", "keyword", "tcp", "dns", "tls");

    static MonitorForm blank(String kind) {
        return new MonitorForm(null, kind, null, "60", "5000", "3", null, "99.9", null, null, null, "get", "200-299",
                null, "must_contain", null, "a", null, "on", "on", null, null, "on", null, null, null, null, null);
    }

    /** The form filled from the API's monitor snapshot, for editing. */
    static MonitorForm of(JsonNode monitor) {
        JsonNode check = monitor.path("check");
        JsonNode http = check.path("http");
        JsonNode keyword = check.path("keyword");
        JsonNode dns = check.path("dns");
        JsonNode tls = check.path("tls");
        List<String> ranges = new ArrayList<>();
        http.path("expectedStatusCodes").forEach(range -> ranges.add(range.path("from").asInt() == range.path("to").asInt()
                ? String.valueOf(range.path("from").asInt())
                : range.path("from").asInt() + "-" + range.path("to").asInt()));
        return new MonitorForm(text(monitor, "name"), text(check, "kind"), text(check, "target"),
                text(monitor, "intervalSeconds"), text(check, "timeoutMs"), text(monitor, "failureThreshold"),
                text(monitor, "recoveryThreshold"), text(monitor, "slaTargetPercent"), text(monitor, "p95ThresholdMs"),
                text(monitor, "p99ThresholdMs"), text(monitor, "tlsExpiryWarningDays"), text(http, "method"),
                String.join(", ", ranges), text(keyword, "keyword"), text(keyword, "mode"),
                keyword.path("caseSensitive").asBoolean(false) ? "on" : null, text(dns, "recordType"),
                text(dns, "expectedValue"), tls.path("verifyHostname").asBoolean(true) ? "on" : null,
                tls.path("verifyChain").asBoolean(true) ? "on" : null, headerLines(http.path("headers")),
                text(http, "body"), http.path("followRedirects").asBoolean(true) ? "on" : null,
                text(http, "maxBodyBytes"), assertionLines(check.path("jsonAssertions")),
                text(monitor, "reminderIntervalSeconds"),
                String.join(", ", monitor.path("regions").valueStream().map(JsonNode::asString).toList()),
                text(monitor, "quorum"));
    }

    private static String headerLines(JsonNode headers) {
        return String.join("\n", headers.propertyStream()
                .map(header -> header.getKey() + ": " + header.getValue().asString()).toList());
    }

    private static String assertionLines(JsonNode assertions) {
        return String.join("\n", assertions.valueStream()
                .map(assertion -> (assertion.path("path").asString() + " " + assertion.path("operator").asString()
                        + " " + assertion.path("value").asString("")).strip())
                .toList());
    }

    /** The API request body: what is blank is left out, so creation fills defaults and an edit keeps the value. */
    Map<String, Object> toRequest() {
        var request = new LinkedHashMap<String, Object>();
        put(request, "name", name);
        put(request, "kind", kind);
        put(request, "target", target);
        put(request, "intervalSeconds", integer(intervalSeconds));
        put(request, "timeoutMs", integer(timeoutMs));
        put(request, "failureThreshold", integer(failureThreshold));
        put(request, "recoveryThreshold", integer(recoveryThreshold));
        put(request, "slaTargetPercent", decimal(slaTargetPercent));
        put(request, "p95ThresholdMs", decimal(p95ThresholdMs));
        put(request, "p99ThresholdMs", decimal(p99ThresholdMs));
        put(request, "tlsExpiryWarningDays", integer(tlsExpiryWarningDays));
        put(request, "reminderIntervalSeconds", integer(reminderIntervalSeconds));
        put(request, "regions", list(regions));
        put(request, "quorum", integer(quorum));
        String checkKind = kind == null ? "" : kind;
        if (checkKind.equals("http") || checkKind.equals("keyword")) {
            var http = new LinkedHashMap<String, Object>();
            put(http, "method", httpMethod);
            put(http, "expectedStatusCodes", statusRanges(expectedStatus));
            put(http, "headers", headers(httpHeaders));
            put(http, "body", httpBody);
            http.put("followRedirects", followRedirects != null);
            put(http, "maxBodyBytes", integer(maxBodyBytes));
            request.put("http", http);
            put(request, "jsonAssertions", assertions(jsonAssertions));
        }
        if (checkKind.equals("keyword")) {
            var rule = new LinkedHashMap<String, Object>();
            put(rule, "keyword", keyword);
            put(rule, "mode", keywordMode);
            rule.put("caseSensitive", keywordCaseSensitive != null);
            request.put("keyword", rule);
        }
        if (checkKind.equals("dns")) {
            var dns = new LinkedHashMap<String, Object>();
            put(dns, "recordType", dnsRecordType);
            put(dns, "expectedValue", dnsExpectedValue);
            request.put("dns", dns);
        }
        if (checkKind.equals("tls") || (target != null && target.startsWith("https:"))) {
            request.put("tls", Map.of("verifyHostname", tlsVerifyHostname != null, "verifyChain",
                    tlsVerifyChain != null));
        }
        return request;
    }

    /** "200-299, 301" as the API's ranges; anything else is sent as typed, for the API to name. */
    private static @Nullable Object statusRanges(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Map<String, Object>> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] bounds = part.strip().split("-", 2);
            Object from = integer(bounds[0]);
            Object to = bounds.length == 2 ? integer(bounds[1]) : from;
            ranges.add(Map.of("from", from == null ? "" : from, "to", to == null ? "" : to));
        }
        return ranges;
    }

    /** "Name: value" lines as the API's header map; a line without a colon is sent as a name for the API to name. */
    private static @Nullable Map<String, String> headers(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var headers = new LinkedHashMap<String, String>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            headers.put(colon < 0 ? line.strip() : line.substring(0, colon).strip(),
                    colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        return headers;
    }

    /** "path operator value" lines as the API's assertions; the value is the rest of the line, spaces and all. */
    private static @Nullable List<Map<String, String>> assertions(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Map<String, String>> assertions = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 3);
            var assertion = new LinkedHashMap<String, String>();
            assertion.put("path", parts[0]);
            assertion.put("operator", parts.length > 1 ? parts[1] : "");
            if (parts.length > 2) {
                assertion.put("value", parts[2]);
            }
            assertions.add(assertion);
        }
        return assertions;
    }

    private static @Nullable List<String> list(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
