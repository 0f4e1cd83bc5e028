package dev.vigil.console.channel;

import static dev.vigil.console.api.TypedValues.put;

import dev.vigil.console.api.FieldProblem;
import dev.vigil.console.manage.FieldErrors;
import dev.vigil.contracts.alert.AlertType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the form holds it, every field as typed. The form offers four types where the API has two kinds:
 * Slack and Teams are webhooks with a preset body format.
 *
 * @param type {@code email}, {@code webhook}, {@code slack} or {@code teams}
 * @param alertTypes the alert types ticked; none means every type, as in the API
 */
public record ChannelForm(
        @Nullable String name, @Nullable String type, @Nullable String address, @Nullable String url,
        @Nullable List<String> alertTypes) {

    public static final List<String> TYPES = List.of("email", "webhook", "slack", "teams");
    /** Every alert type a channel can subscribe to; test alerts reach the tested channel whatever it wants. */
    public static final List<String> ALERT_TYPES = Arrays.stream(AlertType.values())
            .filter(type -> type != AlertType.TEST)
            .map(type -> type.name().toLowerCase(Locale.ROOT))
            .toList();
    private static final String EMAIL = "email";
    private static final String GENERIC_WEBHOOK = "webhook";
    private static final List<String> FIELDS = List.of("name", "address", "url", "alertTypes");

    static ChannelForm blank() {
        return new ChannelForm(null, EMAIL, null, null, List.of());
    }

    public boolean wants(String alertType) {
        return alertTypes != null && alertTypes.contains(alertType);
    }

    /**
     * The API request body. Only the target field of the chosen type is sent, since the API refuses an address on
     * a webhook and a URL on an email channel; an unknown type is sent as typed, for the API to name.
     */
    Map<String, Object> toRequest() {
        var request = new LinkedHashMap<String, Object>();
        put(request, "name", name);
        String chosen = type == null ? "" : type.strip();
        if (chosen.equals(EMAIL)) {
            request.put("kind", EMAIL);
            put(request, "address", address);
        } else if (TYPES.contains(chosen)) {
            request.put("kind", "webhook");
            request.put("preset", chosen.equals(GENERIC_WEBHOOK) ? "generic" : chosen);
            put(request, "url", url);
        } else {
            put(request, "kind", chosen);
        }
        if (alertTypes != null && !alertTypes.isEmpty()) {
            request.put("alertTypes", List.copyOf(alertTypes));
        }
        return request;
    }

    /** The API's problems at the form's inputs: its {@code kind} and {@code preset} are both the type select. */
    static FieldErrors errors(List<FieldProblem> problems) {
        var byField = new LinkedHashMap<String, String>();
        var unplaced = new ArrayList<String>();
        for (FieldProblem problem : problems) {
            String field = problem.field().replaceAll("\\[\\d+]", "");
            String input = field.equals("kind") || field.equals("preset") ? "type" : field;
            if (input.equals("type") || FIELDS.contains(input)) {
                byField.merge(input, problem.message(), (first, second) -> first + "; " + second);
            } else {
                unplaced.add(problem.field() + ": " + problem.message());
            }
        }
        return new FieldErrors(byField, unplaced);
    }
}
