package dev.vigil.registry.monitor;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.registry.RegistryProperties;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Checks a complete monitor request against the deployment's bounds and collects every fault before answering;
 * the contract records check the rest (status code ranges, thresholds, which parts fit which kind) when built.
 */
@Component
class MonitorValidator {

    /** RFC 9110 token characters. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7E\\x80-\\x{10FFFF}]*");
    private static final int MILLIS_PER_SECOND = 1000;

    private final RegistryProperties.Monitors limits;

    MonitorValidator(RegistryProperties properties) {
        this.limits = properties.monitors();
    }

    /** @throws InvalidRequestException naming every field at fault */
    void validate(MonitorRequest request) {
        List<FieldError> errors = new ArrayList<>();
        name(request, errors);
        target(request, errors);
        timing(request, errors);
        noNullElements("regions", request.regions(), errors);
        noNullElements("jsonAssertions", request.jsonAssertions(), errors);
        noNullElements("maintenanceWindows", request.maintenanceWindows(), errors);
        if (request.http() != null) {
            noNullElements("http.expectedStatusCodes", request.http().expectedStatusCodes(), errors);
            http(request.http(), errors);
        }
        if (request.maintenanceWindows() != null) {
            windows(request.maintenanceWindows(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void noNullElements(String field, @Nullable List<?> values, List<FieldError> errors) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError(field, "must not contain null"));
        }
    }

    private void name(MonitorRequest request, List<FieldError> errors) {
        String name = request.name();
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.isBlank() || name.codePointCount(0, name.length()) > limits.maxNameLength()) {
            errors.add(new FieldError("name", "must be 1 to " + limits.maxNameLength() + " characters, not blank"));
        }
    }

    private static void target(MonitorRequest request, List<FieldError> errors) {
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required: one of http, keyword, tcp, dns, tls"));
        }
        if (request.target() == null) {
            errors.add(new FieldError("target", "is required"));
        } else if (request.kind() != null) {
            String problem = Targets.problem(request.kind(), request.target());
            if (problem != null) {
                errors.add(new FieldError("target", problem));
            }
        }
    }

    private void timing(MonitorRequest request, List<FieldError> errors) {
        Integer interval = request.intervalSeconds();
        long min = limits.minInterval().toSeconds();
        long max = limits.maxInterval().toSeconds();
        if (interval == null) {
            errors.add(new FieldError("intervalSeconds", "is required"));
        } else if (interval < min || interval > max) {
            errors.add(new FieldError("intervalSeconds", "must be between " + min + " and " + max));
        }
        Integer timeout = request.timeoutMs();
        if (timeout == null) {
            return;
        }
        long maxTimeout = limits.maxTimeout().toMillis();
        if (timeout < 1 || timeout > maxTimeout) {
            errors.add(new FieldError("timeoutMs", "must be between 1 and " + maxTimeout));
        } else if (interval != null && (long) timeout >= (long) interval * MILLIS_PER_SECOND) {
            errors.add(new FieldError("timeoutMs", "must be below the interval"));
        }
    }

    private void http(HttpSettings http, List<FieldError> errors) {
        Map<String, String> headers = http.headers();
        if (headers != null) {
            if (headers.size() > limits.maxHeaders()) {
                errors.add(new FieldError("http.headers", "at most " + limits.maxHeaders() + " headers"));
            }
            headers.forEach((name, value) -> header(name, value, errors));
        }
        String body = http.body();
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > limits.maxHttpBodyBytes()) {
            errors.add(new FieldError("http.body", "must be at most " + limits.maxHttpBodyBytes() + " bytes"));
        }
    }

    private void header(String name, String value, List<FieldError> errors) {
        String field = "http.headers." + name;
        if (!HEADER_NAME.matcher(name).matches()) {
            errors.add(new FieldError(field, "header names are letters, digits and !#$%&'*+.^_`|~-"));
        } else if (value == null || !HEADER_VALUE.matcher(value).matches()) {
            errors.add(new FieldError(field, "header values must not contain line breaks or control characters"));
        } else if ((name + value).getBytes(StandardCharsets.UTF_8).length > limits.maxHeaderBytes()) {
            errors.add(new FieldError(field, "name and value must be at most " + limits.maxHeaderBytes() + " bytes"));
        }
    }

    private static void windows(List<MaintenanceWindow> windows, List<FieldError> errors) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) instanceof MaintenanceWindow.Cron cron
                    && !CronExpression.isValidExpression(cron.expression())) {
                errors.add(new FieldError("maintenanceWindows[" + i + "].expression",
                        "must be a six-field cron expression (second minute hour day month weekday)"));
            }
        }
    }
}
