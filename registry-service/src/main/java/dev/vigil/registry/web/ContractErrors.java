package dev.vigil.registry.web;

import dev.vigil.contracts.MissingFieldException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the field out of a contract record's refusal: {@link MissingFieldException} names it, and
 * {@code Require}'s other messages quote it first, as in {@code 'quorum' must not exceed ...}.
 */
public final class ContractErrors {

    private static final Pattern QUOTED_FIELD = Pattern.compile("'([^']+)'");

    private ContractErrors() {
    }

    /** @param prefix the JSON path of the object the record was built from, empty at the top */
    public static FieldError toFieldError(IllegalArgumentException e, String prefix) {
        String message = e.getMessage() == null ? "is invalid" : e.getMessage();
        String field = e instanceof MissingFieldException missing ? missing.field() : quotedField(message);
        return new FieldError(join(prefix, field), message);
    }

    private static String quotedField(String message) {
        Matcher matcher = QUOTED_FIELD.matcher(message);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + "." + field;
    }
}
