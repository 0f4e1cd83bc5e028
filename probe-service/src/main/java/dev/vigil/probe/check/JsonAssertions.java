package dev.vigil.probe.check;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import dev.vigil.contracts.monitor.JsonAssertion;
import dev.vigil.contracts.probe.FailedAssertion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the JSON assertions of a check against a body (Jayway JsonPath) and names every one that failed, with
 * the value found, so the result says exactly which expectation broke.
 */
final class JsonAssertions {

    private static final Configuration JSON = Configuration.defaultConfiguration();

    private JsonAssertions() {
    }

    static List<FailedAssertion> failed(List<JsonAssertion> assertions, String body) {
        if (assertions.isEmpty()) {
            return List.of();
        }
        Optional<DocumentContext> document = parse(body);
        var failed = new ArrayList<FailedAssertion>();
        for (JsonAssertion assertion : assertions) {
            Optional<Object> found = document.flatMap(json -> read(json, assertion.path()));
            if (!holds(assertion, found)) {
                failed.add(new FailedAssertion(assertion, found.map(JsonAssertions::text).orElse(null)));
            }
        }
        return failed;
    }

    private static Optional<DocumentContext> parse(String body) {
        try {
            return Optional.of(JsonPath.using(JSON).parse(body));
        } catch (InvalidJsonException | IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }

    /** A path that matches nothing, and one that is not a valid JSONPath, both find nothing. */
    private static Optional<Object> read(DocumentContext json, String path) {
        try {
            Object value = json.read(path);
            if (value instanceof Collection<?> matches && matches.isEmpty() && !JsonPath.isPathDefinite(path)) {
                return Optional.empty();
            }
            return Optional.of(Objects.requireNonNullElse(value, NullValue.INSTANCE));
        } catch (JsonPathException | IllegalArgumentException nothing) {
            return Optional.empty();
        }
    }

    private static boolean holds(JsonAssertion assertion, Optional<Object> found) {
        String expected = Objects.requireNonNullElse(assertion.value(), "");
        return switch (assertion.operator()) {
            case EXISTS -> found.isPresent();
            case EQUALS -> found.filter(value -> same(value, expected)).isPresent();
            case NOT_EQUALS -> found.filter(value -> !same(value, expected)).isPresent();
            case CONTAINS -> found.filter(value -> contains(value, expected)).isPresent();
            case LESS_THAN -> found.flatMap(JsonAssertions::number)
                    .filter(actual -> actual.compareTo(new BigDecimal(expected)) < 0).isPresent();
            case GREATER_THAN -> found.flatMap(JsonAssertions::number)
                    .filter(actual -> actual.compareTo(new BigDecimal(expected)) > 0).isPresent();
        };
    }

    /** Numbers compare by value, so {@code 1.0} equals {@code "1"}; everything else by its text. */
    private static boolean same(Object value, String expected) {
        Optional<BigDecimal> actual = number(value);
        Optional<BigDecimal> wanted = decimal(expected);
        if (actual.isPresent() && wanted.isPresent()) {
            return actual.get().compareTo(wanted.get()) == 0;
        }
        return text(value).equals(expected);
    }

    private static boolean contains(Object value, String expected) {
        if (value instanceof Collection<?> elements) {
            return elements.stream().anyMatch(element -> same(Objects.requireNonNullElse(element, NullValue.INSTANCE),
                    expected));
        }
        return text(value).contains(expected);
    }

    private static Optional<BigDecimal> number(Object value) {
        return value instanceof Number || value instanceof String ? decimal(String.valueOf(value)) : Optional.empty();
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String text(@Nullable Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value == null || value == NullValue.INSTANCE) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return JSON.jsonProvider().toJson(value);
    }

    /** JSON {@code null} found at a path, which unlike a missing path exists. */
    private enum NullValue {
        INSTANCE
    }
}
