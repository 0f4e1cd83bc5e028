package dev.vigil.console.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Form input turned into an API request body: a blank input is left out, so creation fills the API's default and an
 * edit keeps the stored value, and a value that does not parse is sent as typed, so the API's problem names the
 * field with the person's own words.
 */
public final class TypedValues {

    private TypedValues() {
    }

    public static @Nullable Object integer(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    /** Also takes a decimal comma, as many keyboards type it. */
    public static @Nullable Object decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    /** Puts the value unless it is absent or blank; text is stripped. */
    public static void put(Map<String, Object> body, String key, @Nullable Object value) {
        if (value instanceof String text) {
            if (!text.isBlank()) {
                body.put(key, text.strip());
            }
        } else if (value != null) {
            body.put(key, value);
        }
    }
}
