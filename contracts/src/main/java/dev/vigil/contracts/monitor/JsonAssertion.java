package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;
import org.jspecify.annotations.Nullable;

/**
 * A condition on a JSON response body: {@code path} is a JSONPath, {@code value} is compared with the text of the
 * value found there (as a number for less_than and greater_than) and is absent only for exists.
 */
public record JsonAssertion(String path, AssertionOperator operator, @Nullable String value) {

  public JsonAssertion {
    Require.text(path, "path");
    Require.present(operator, "operator");
    if (operator != AssertionOperator.EXISTS) {
      Require.present(value, "value");
    }
    if (operator.comparesNumbers()) {
      requireNumber(value);
    }
  }

  private static void requireNumber(@Nullable String value) {
    try {
      Double.parseDouble(Require.present(value, "value"));
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("'value' must be a number to compare with, was '" + value + "'");
    }
  }
}
