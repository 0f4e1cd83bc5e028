package dev.vigil.probe.check;

import dev.vigil.contracts.monitor.KeywordRule;
import java.util.Locale;

/** Decides a keyword rule against a response body. */
final class KeywordMatcher {

    private KeywordMatcher() {
    }

    static boolean satisfied(KeywordRule rule, String body) {
        boolean found = rule.caseSensitive()
                ? body.contains(rule.keyword())
                : body.toLowerCase(Locale.ROOT).contains(rule.keyword().toLowerCase(Locale.ROOT));
        return switch (rule.mode()) {
            case MUST_CONTAIN -> found;
            case MUST_NOT_CONTAIN -> !found;
        };
    }

    static String describeMiss(KeywordRule rule) {
        return switch (rule.mode()) {
            case MUST_CONTAIN -> "body does not contain '" + rule.keyword() + "'";
            case MUST_NOT_CONTAIN -> "body contains '" + rule.keyword() + "'";
        };
    }
}
