package dev.vigil.e2e;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana {@code label_values} query) reads. Not a PromQL
 * parser: it removes what cannot be a metric name (strings, label matchers, ranges, grouping labels,
 * dashboard variables) and then drops the language's own words, which is enough for the expressions
 * of a dashboard and a rule file whose every unknown word should be a metric.
 */
final class PromQlMetrics {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern OFFSETS = Pattern.compile("\\boffset\\s+[0-9a-z]+");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)?[^,)]*,\\s*\\w+\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> LANGUAGE = Set.of(
            "and", "or", "unless", "bool", "inf", "nan", "group_left", "group_right",
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
            "quantile", "limitk", "limit_ratio");

    private PromQlMetrics() {
    }

    static Set<String> in(String expression) {
        String rest = expression;
        Set<String> names = new TreeSet<>();
        Matcher labelValues = LABEL_VALUES.matcher(rest);
        while (labelValues.find()) {
            if (labelValues.group(1) != null) {
                names.add(labelValues.group(1));
            }
        }
        rest = LABEL_VALUES.matcher(rest).replaceAll(" ");
        for (Pattern noise : new Pattern[] {STRINGS, MATCHERS, RANGES, GROUPING, VARIABLES, OFFSETS}) {
            rest = noise.matcher(rest).replaceAll(" ");
        }
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String word = identifier.group();
            boolean isFunction = rest.substring(identifier.end()).stripLeading().startsWith("(");
            if (!isFunction && !LANGUAGE.contains(word) && !isDurationOrNumber(word)) {
                names.add(word);
            }
        }
        return names;
    }

    private static boolean isDurationOrNumber(String word) {
        return word.matches("[0-9].*") || word.matches("e[0-9]+");
    }
}
