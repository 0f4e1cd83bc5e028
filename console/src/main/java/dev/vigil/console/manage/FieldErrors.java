package dev.vigil.console.manage;

import dev.vigil.console.api.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API's validation problems placed at the form's fields: the problem+json names fields by JSON path
 * ({@code intervalSeconds}, {@code http.expectedStatusCodes[0].from}), the form by input name.
 *
 * @param byField message by form input name
 * @param unplaced problems of fields the form does not show, listed above the form
 */
public record FieldErrors(Map<String, String> byField, List<String> unplaced) {

    private static final Map<String, String> NESTED = Map.ofEntries(
            Map.entry("http.method", "httpMethod"),
            Map.entry("http.expectedStatusCodes", "expectedStatus"),
            Map.entry("http.headers", "httpHeaders"),
            Map.entry("http.body", "httpBody"),
            Map.entry("http.followRedirects", "followRedirects"),
            Map.entry("http.maxBodyBytes", "maxBodyBytes"),
            Map.entry("keyword.keyword", "keyword"),
            Map.entry("keyword.mode", "keywordMode"),
            Map.entry("keyword.caseSensitive", "keywordCaseSensitive"),
            Map.entry("dns.recordType", "dnsRecordType"),
            Map.entry("dns.expectedValue", "dnsExpectedValue"),
            Map.entry("tls.verifyHostname", "tlsVerifyHostname"),
            Map.entry("tls.verifyChain", "tlsVerifyChain"));

    static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    static FieldErrors of(List<FieldProblem> problems, List<String> formFields) {
        var byField = new LinkedHashMap<String, String>();
        var unplaced = new ArrayList<String>();
        for (FieldProblem problem : problems) {
            String field = formField(problem.field(), formFields);
            if (field == null) {
                unplaced.add(problem.field() + ": " + problem.message());
            } else {
                byField.merge(field, problem.message(), (first, second) -> first + "; " + second);
            }
        }
        return new FieldErrors(byField, unplaced);
    }

    public boolean any() {
        return !byField.isEmpty() || !unplaced.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String of(String field) {
        return byField.get(field);
    }

    private static @Nullable String formField(String apiField, List<String> formFields) {
        String plain = apiField.replaceAll("\\[\\d+]", "");
        for (Map.Entry<String, String> nested : NESTED.entrySet()) {
            if (plain.equals(nested.getKey()) || plain.startsWith(nested.getKey() + ".")) {
                return nested.getValue();
            }
        }
        String top = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        return formFields.contains(top) ? top : null;
    }
}
