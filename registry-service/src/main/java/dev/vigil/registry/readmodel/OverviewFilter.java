package dev.vigil.registry.readmodel;

import dev.vigil.contracts.monitor.CheckKind;
import dev.vigil.registry.web.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which monitors an overview page lists: each part is optional and they all apply together.
 *
 * @param state one of {@link #STATES}; {@code maintenance} selects active monitors a window covers now
 * @param kind the check kind as the API spells it
 * @param name a part of the monitor's name, matched ignoring letter case
 */
record OverviewFilter(@Nullable String state, @Nullable String kind, @Nullable String name) {

    static final String MAINTENANCE = "maintenance";
    static final List<String> STATES = List.of("up", "down", "degraded", "paused", "unknown", MAINTENANCE);

    /** The filter asked for; what is wrong with it is added to {@code errors}. */
    static OverviewFilter of(@Nullable String state, @Nullable String kind, @Nullable String name,
            List<FieldError> errors) {
        String checkedState = blankToNull(state);
        if (checkedState != null && !STATES.contains(checkedState)) {
            errors.add(new FieldError("state", "must be one of " + String.join(", ", STATES)));
        }
        String checkedKind = blankToNull(kind);
        List<String> kinds = Arrays.stream(CheckKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        if (checkedKind != null && !kinds.contains(checkedKind)) {
            errors.add(new FieldError("kind", "must be one of " + String.join(", ", kinds)));
        }
        return new OverviewFilter(checkedState, checkedKind, blankToNull(name));
    }

    boolean maintenanceOnly() {
        return MAINTENANCE.equals(state);
    }

    /** The state the database can filter on; maintenance is decided from the windows afterwards. */
    @Nullable String storedState() {
        return maintenanceOnly() ? null : state;
    }

    /** The name as an ILIKE pattern in which the person's own % and _ match only themselves. */
    @Nullable String namePattern() {
        if (name == null) {
            return null;
        }
        return "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
