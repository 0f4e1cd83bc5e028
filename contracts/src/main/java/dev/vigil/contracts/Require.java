package dev.vigil.contracts;

import dev.vigil.contracts.secret.Redaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks contract records run in their constructors, so every invalid record fails the same way with a message
 * naming the field; the double checks also reject NaN, which compares false against any bound.
 */
public final class Require {

  private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");
  private static final double HUNDRED_PERCENT = 100;
  private static final double WHOLE = 1;

  private Require() {
  }

  public static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw new MissingFieldException(field);
    }
    return value;
  }

  public static String text(@Nullable String value, String field) {
    String text = present(value, field);
    that(!text.isBlank(), "'" + field + "' must not be blank");
    return text;
  }

  public static String httpUrl(@Nullable String value, String field) {
    String url = text(value, field);
    // The refused value reaches logs and dead letters too, so its userinfo and query string (credentials) stay out.
    that(isHttpUrl(url), "'" + field + "' must be an absolute http or https URL, was '" + Redaction.url(url) + "'");
    return url;
  }

  public static int atLeast(int value, int min, String field) {
    that(value >= min, "'" + field + "' must be at least " + min + ", was " + value);
    return value;
  }

  public static long atLeast(long value, long min, String field) {
    that(value >= min, "'" + field + "' must be at least " + min + ", was " + value);
    return value;
  }

  public static double atLeast(double value, double min, String field) {
    that(value >= min, "'" + field + "' must be at least " + min + ", was " + value);
    return value;
  }

  public static double atMost(double value, double max, String field) {
    that(value <= max, "'" + field + "' must be at most " + max + ", was " + value);
    return value;
  }

  public static int between(int value, int min, int max, String field) {
    that(value >= min && value <= max, "'" + field + "' must be between " + min + " and " + max + ", was " + value);
    return value;
  }

  public static double between(double value, double min, double max, String field) {
    that(value >= min && value <= max, "'" + field + "' must be between " + min + " and " + max + ", was " + value);
    return value;
  }

  public static double notNegative(double value, String field) {
    return atLeast(value, 0, field);
  }

  public static double percent(double value, String field) {
    return between(value, 0, HUNDRED_PERCENT, field);
  }

  public static double fraction(double value, String field) {
    return between(value, 0, WHOLE, field);
  }

  public static @Nullable Integer atLeastIfPresent(@Nullable Integer value, int min, String field) {
    return value == null ? null : atLeast(value, min, field);
  }

  public static @Nullable Double notNegativeIfPresent(@Nullable Double value, String field) {
    return value == null ? null : notNegative(value, field);
  }

  public static @Nullable Double fractionIfPresent(@Nullable Double value, String field) {
    return value == null ? null : fraction(value, field);
  }

  /** Readers get null for an absent list; records always hold an immutable list. */
  public static <T> List<T> listOrEmpty(@Nullable List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  public static <K, V> Map<K, V> mapOrEmpty(@Nullable Map<K, V> values) {
    return values == null ? Map.of() : Map.copyOf(values);
  }

  public static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.getScheme() != null && HTTP_SCHEMES.contains(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
